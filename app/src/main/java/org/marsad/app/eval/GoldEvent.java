package org.marsad.app.eval;

import java.util.List;

/** One hand-coded event of a gold file (the format of the dev corpus). */
public record GoldEvent(String date, String dateEnd, String datePrecision, String eventType, String subEventType,
                        String actor1, String actor2, List<String> assocActors, String location, String admin1,
                        String country, Double lat, Double lon, Integer geoPrecision, Integer fatalities, String status,
                        String claimedBy, String evidence) {
}
