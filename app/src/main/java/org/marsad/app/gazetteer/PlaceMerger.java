package org.marsad.app.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges places from several sources. Two candidates are the same place when they carry the same
 * GeoNames id, or when they share a Latin name (compared with {@code Gazetteer.latinKey}) in the same
 * country and lie less than {@value #SAME_PLACE_KM} km apart. The first candidate added keeps its id,
 * coordinates and feature; later ones only add names and their source.
 */
public final class PlaceMerger {
    public static final double SAME_PLACE_KM = 5.0;

    private final Map<String, PlaceCandidate> byId = new LinkedHashMap<>();
    private final Map<String, List<PlaceCandidate>> byName = new HashMap<>();

    /** Adds a candidate, or merges it into the same place already added; returns the place kept. */
    public PlaceCandidate add(PlaceCandidate c) {
        PlaceCandidate same = c.geonameId > 0 ? byId.get(c.id) : null;
        if (same == null) {
            same = findNear(c);
        }
        if (same != null) {
            same.absorb(c);
            index(same);
            return same;
        }
        if (byId.containsKey(c.id)) {
            throw new IllegalStateException("two places with id " + c.id);
        }
        byId.put(c.id, c);
        index(c);
        return c;
    }

    /** Whether an id is taken (for ids made from names and coordinates). */
    public boolean hasId(String id) {
        return byId.containsKey(id);
    }

    public Collection<PlaceCandidate> places() {
        return byId.values();
    }

    /** The same-place rule on two candidates. */
    public static boolean samePlace(PlaceCandidate a, PlaceCandidate b) {
        if (a.geonameId > 0 && a.geonameId == b.geonameId) {
            return true;
        }
        if (!a.country.equals(b.country) || a.lat == null || b.lat == null || !a.feature.equals(b.feature)
                && (isArea(a.feature) || isArea(b.feature))) {
            return false;
        }
        boolean shared = false;
        for (String k : a.latinKeys()) {
            shared |= b.latinKeys().contains(k);
        }
        return shared && kilometres(a.lat, a.lon, b.lat, b.lon) < SAME_PLACE_KM;
    }

    private static boolean isArea(String feature) {
        return feature.equals("admin1") || feature.equals("admin2") || feature.equals("region");
    }

    private PlaceCandidate findNear(PlaceCandidate c) {
        for (String k : c.latinKeys()) {
            for (PlaceCandidate other : byName.getOrDefault(c.country + "/" + k, List.of())) {
                if (other != c && samePlace(other, c)) {
                    return other;
                }
            }
        }
        return null;
    }

    private void index(PlaceCandidate c) {
        for (String k : c.latinKeys()) {
            List<PlaceCandidate> list = byName.computeIfAbsent(c.country + "/" + k, x -> new ArrayList<>());
            if (!list.contains(c)) {
                list.add(c);
            }
        }
    }

    /** Great-circle distance in kilometres. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
