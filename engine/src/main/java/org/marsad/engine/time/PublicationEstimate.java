package org.marsad.engine.time;

import java.util.List;

/**
 * The publication date Marsad works with, and where it came from.
 *
 * @param date       the date, or null when neither given nor inferable
 * @param basis      "given" (from the input) or "inferred" (from the text), or "unknown"
 * @param confidence 1 for a given date; for an inferred one, how strongly the text supports it
 * @param reasons    the evidence, in words, for an inferred date
 */
public record PublicationEstimate(TimeSpan date, String basis, double confidence, List<String> reasons) {
    public PublicationEstimate {
        reasons = List.copyOf(reasons);
    }

    public static PublicationEstimate given(TimeSpan date) {
        return new PublicationEstimate(date, "given", 1.0, List.of());
    }

    public static PublicationEstimate unknown(List<String> reasons) {
        return new PublicationEstimate(null, "unknown", 0.0, reasons);
    }
}
