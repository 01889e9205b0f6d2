package org.marsad.app.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Streams GeoNames {@code alternateNamesV2.txt} (alternateNameId, geonameid, isolanguage, alternate name,
 * isPreferredName, isShortName, isColloquial, isHistoric, from, to) and keeps, for the wanted ids only,
 * the Arabic names ({@code ar}) and the French and English ones. Historic names are left out.
 */
public final class AlternateNamesReader {
    /** Names of one place by kind. */
    public record Found(Set<String> arabic, Set<String> latin) {
    }

    private AlternateNamesReader() {
    }

    public static Map<Long, Found> read(Path file, Set<Long> wanted) throws IOException {
        try (BufferedReader r = GeoNamesDumpReader.open(file)) {
            return read(r, wanted);
        }
    }

    public static Map<Long, Found> read(BufferedReader reader, Set<Long> wanted) throws IOException {
        Map<Long, Found> out = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                continue;
            }
            long id;
            try {
                id = Long.parseLong(c[1]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (!wanted.contains(id) || (c.length > 7 && c[7].equals("1"))) {
                continue;
            }
            String lang = c[2];
            String name = c[3].strip();
            boolean arabic = lang.equals("ar") && Names.isArabic(name);
            boolean latin = (lang.equals("fr") || lang.equals("en")) && Names.isLatinName(name);
            if (arabic || latin) {
                Found f = out.computeIfAbsent(id, k -> new Found(new LinkedHashSet<>(), new LinkedHashSet<>()));
                (arabic ? f.arabic() : f.latin()).add(name);
            }
        }
        return out;
    }
}
