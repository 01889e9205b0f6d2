package org.marsad.engine.places;

/**
 * A gazetteer entry.
 *
 * @param feature capital, city, town, village, admin1, admin2, region, site, water, road, country
 * @param lat     null when no citable coordinates are known
 */
public record Place(String id, String name, String feature, String country, String admin1, String admin2,
                    Double lat, Double lon) {

    public boolean isAdmin1() {
        return feature.equals("admin1");
    }

    public boolean isCountry() {
        return feature.equals("country");
    }

    /** Areas rather than points: regions, provinces, informal regions. */
    public boolean isArea() {
        return feature.equals("admin1") || feature.equals("admin2") || feature.equals("region") || isCountry();
    }

    /** Rank of the feature when several places share a name: settlements before areas before the rest. */
    public int featureRank() {
        return switch (feature) {
            case "capital" -> 0;
            case "city" -> 1;
            case "town" -> 2;
            case "admin1" -> 3;
            case "village" -> 4;
            case "admin2" -> 5;
            case "region" -> 6;
            case "site" -> 7;
            default -> 8;
        };
    }
}
