package org.marsad.app.gazetteer;

import java.util.List;

/**
 * One row of a GeoNames dump ({@code allCountries.txt}, {@code ML.txt}, {@code cities500.txt},
 * {@code cities15000.txt} all share the format), reduced to the columns Marsad uses.
 *
 * @param geonameId      GeoNames id
 * @param alternateNames the dump's comma-separated alternate names (no language tags)
 * @param admin1Code     GeoNames admin1 code (for example {@code 08}; joined with the country: {@code ML.08})
 * @param population     0 when unknown
 */
public record GeoNamesRecord(long geonameId, String name, String asciiName, List<String> alternateNames,
                             double lat, double lon, String featureClass, String featureCode, String country,
                             String admin1Code, String admin2Code, long population) {

    /** Parses one tab-separated dump line; null when it has too few columns or unreadable numbers. */
    public static GeoNamesRecord parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 15) {
            return null;
        }
        try {
            List<String> alternates = c[3].isEmpty() ? List.of() : List.of(c[3].split(","));
            long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
            return new GeoNamesRecord(Long.parseLong(c[0]), c[1], c[2], alternates, Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), c[6], c[7], c[8], c[10], c[11], population);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
