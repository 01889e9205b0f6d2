package org.marsad.engine.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * The latitude and longitude range of each country's places in the generated GeoNames gazetteer, used to check
 * that a curated point lies in its country: a point beyond that range by more than {@link #MARGIN_DEGREES} is a
 * wrong country or swapped coordinates. A country with no generated places is not checked.
 */
final class CountryExtents {
    /** How far outside the extent of a country's known places a point may lie (border villages, camps). */
    static final double MARGIN_DEGREES = 1.0;

    private final Map<String, double[]> boxes = new HashMap<>();

    void add(String country, double lat, double lon) {
        double[] b = boxes.computeIfAbsent(country, k -> new double[] {lat, lat, lon, lon});
        b[0] = Math.min(b[0], lat);
        b[1] = Math.max(b[1], lat);
        b[2] = Math.min(b[2], lon);
        b[3] = Math.max(b[3], lon);
    }

    boolean contains(String country, double lat, double lon) {
        double[] b = boxes.get(country);
        if (b == null) {
            return true;
        }
        return lat >= b[0] - MARGIN_DEGREES && lat <= b[1] + MARGIN_DEGREES
                && lon >= b[2] - MARGIN_DEGREES && lon <= b[3] + MARGIN_DEGREES;
    }
}
