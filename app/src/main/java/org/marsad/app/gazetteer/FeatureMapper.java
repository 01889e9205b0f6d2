package org.marsad.app.gazetteer;

/**
 * Maps a GeoNames feature class and code (https://www.geonames.org/export/codes.html) to Marsad's
 * gazetteer features: capital, city, town, village, admin1, admin2, region, site, water, road.
 */
public final class FeatureMapper {
    /** A populated place of at least this many people is a town, not a village. */
    public static final long TOWN_POPULATION = 10_000;
    /** A populated place of at least this many people is a city even when it is no regional seat. */
    public static final long CITY_POPULATION = 100_000;

    private FeatureMapper() {
    }

    /** The Marsad feature, or null for features the gazetteer does not keep (countries, undersea features). */
    public static String feature(String featureClass, String featureCode, long population) {
        String code = featureCode == null ? "" : featureCode;
        switch (featureClass == null ? "" : featureClass) {
            case "P":
                if (code.equals("PPLC")) {
                    return "capital";
                }
                if (code.equals("PPLA")) {
                    return "city";
                }
                if (code.equals("PPLH") || code.equals("PPLQ") || code.equals("PPLW")) {
                    return "site"; // historical, abandoned or destroyed places
                }
                if (population >= CITY_POPULATION) {
                    return "city";
                }
                if (code.equals("PPLA2") || population >= TOWN_POPULATION) {
                    return "town"; // seats of second-level units are towns whatever their recorded population
                }
                return "village";
            case "A":
                return switch (code) {
                    case "ADM1", "ADM1H" -> "admin1";
                    case "ADM2", "ADM2H" -> "admin2";
                    case "PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCLH" -> null; // countries: places/countries.tsv
                    default -> "region"; // lower administrative levels, zones
                };
            case "S", "T":
                return "site"; // camps, military sites, airports, buildings; mountains, hills, passes
            case "H":
                return "water"; // wadis, wells, lakes, rivers
            case "L", "V":
                return "region"; // areas, oases, reserves; forests, grassland
            case "R":
                return "road";
            default:
                return null;
        }
    }
}
