package org.marsad.app.gazetteer;

import java.util.List;

/** One row of Marsad's 13-column gazetteer format (see knowledge/places/gazetteer-supplement-ml.tsv). */
public record GazetteerRow(String id, String name, String feature, String country, String admin1, String admin2,
                           Double lat, Double lon, List<String> arNames, List<String> latinNames, long geonameId,
                           String source, String comment) {

    public static final String HEADER = "id\tname\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tar_names\tlatin_names"
            + "\tgeonames_id\tsource\tcomment";

    /** The row as one TSV line (no line break). */
    public String toTsv() {
        return String.join("\t", clean(id), clean(name), clean(feature), clean(country), clean(admin1), clean(admin2),
                coordinate(lat), coordinate(lon), join(arNames), join(latinNames),
                geonameId > 0 ? Long.toString(geonameId) : "", clean(source), clean(comment));
    }

    private static String coordinate(Double d) {
        if (d == null) {
            return "";
        }
        String s = String.format(java.util.Locale.ROOT, "%.5f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String join(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            String c = clean(n).replace("|", " ");
            if (!c.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "|").append(c);
            }
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
