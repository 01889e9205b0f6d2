package org.marsad.app.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.engine.knowledge.KnowledgeSource;

/** The dump importer on a format fixture (invented rows in the GeoNames dump and alternateNamesV2 formats). */
class GeoNamesDumpImportTest {
    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(
                GeoNamesDumpImportTest.class.getResourceAsStream("/gazetteer/" + name), StandardCharsets.UTF_8));
    }

    private static Map<String, GazetteerRow> rows(List<String> countries, Set<String> classes, boolean alternates)
            throws Exception {
        GazetteerImporter importer = new GazetteerImporter(countries, classes, KnowledgeSource.bundled(),
                "places/test-import.tsv");
        GazetteerImporter.Imported imported = importer.read(resource("geonames-fixture.txt"),
                alternates ? resource("alternate-names-fixture.txt") : null, "geonames-fixture.txt");
        assertThat(imported.malformed()).isEqualTo(1);
        GazetteerWriter.Result result = GazetteerWriter.rows(imported.merger().places(), imported.admin(),
                SupplementIndex.empty(), countries, GazetteerWriter.droppedArabicNames(KnowledgeSource.bundled()));
        return result.rows().stream().collect(Collectors.toMap(GazetteerRow::id, Function.identity()));
    }

    @Test
    void parsesOneDumpLine() {
        GeoNamesRecord r = GeoNamesRecord.parse("9900001\tTessit Test\tTessit Test\tTessit,تيسيت\t15.01\t0.45\tP\tPPL\tML"
                + "\t\t09\t\t\t\t2500\t\t300\tAfrica/Bamako\t2024-01-01");
        assertThat(r).isNotNull();
        assertThat(r.geonameId()).isEqualTo(9900001L);
        assertThat(r.alternateNames()).containsExactly("Tessit", "تيسيت");
        assertThat(r.lat()).isEqualTo(15.01);
        assertThat(r.lon()).isEqualTo(0.45);
        assertThat(r.featureClass()).isEqualTo("P");
        assertThat(r.featureCode()).isEqualTo("PPL");
        assertThat(r.country()).isEqualTo("ML");
        assertThat(r.admin1Code()).isEqualTo("09");
        assertThat(r.population()).isEqualTo(2500);
        assertThat(GeoNamesRecord.parse("not\ta\tvalid\tline")).isNull();
    }

    @Test
    void keepsOnlyTheChosenCountriesAndClasses() throws Exception {
        Map<String, GazetteerRow> rows = rows(List.of("ML", "BF", "MR"), Set.of("P", "A", "S", "H"), false);
        assertThat(rows).containsKeys("gn-9900001", "gn-9900002", "gn-9900003", "gn-9900004", "gn-9900005",
                "gn-9900007", "gn-9900009");
        assertThat(rows).doesNotContainKey("gn-9900006"); // class T not chosen
        assertThat(rows).doesNotContainKey("gn-9900008"); // France not chosen

        Map<String, GazetteerRow> onlyMali = rows(List.of("ML"), Set.of("P"), false);
        assertThat(onlyMali).containsOnlyKeys("gn-9900001", "gn-9900009");
    }

    @Test
    void mapsFeaturesAndAdminNames() throws Exception {
        Map<String, GazetteerRow> rows = rows(List.of("ML", "BF", "MR"), Set.of("P", "A", "S", "H"), false);
        assertThat(rows.get("gn-9900004").feature()).isEqualTo("water"); // a well
        assertThat(rows.get("gn-9900005").feature()).isEqualTo("site"); // a camp
        assertThat(rows.get("gn-9900002").feature()).isEqualTo("admin1");
        assertThat(rows.get("gn-9900003").feature()).isEqualTo("admin2");
        assertThat(rows.get("gn-9900009").feature()).isEqualTo("city");
        assertThat(rows.get("gn-9900007").feature()).isEqualTo("town");
        // admin1 is a name, never a code; Mali's code 08 is Timbuktu by knowledge/places/admin1-names.tsv
        assertThat(rows.get("gn-9900009").admin1()).isEqualTo("Timbuktu");
        assertThat(rows.get("gn-9900001").admin1()).isEqualTo("Gao");
        assertThat(rows.get("gn-9900007").admin1()).isEqualTo("Sahel");
        assertThat(rows.get("gn-9900004").admin2()).isEqualTo("Cercle Test");
        assertThat(rows.get("gn-9900001").source()).isEqualTo("GeoNames 9900001 (CC BY 4.0) via geonames-fixture.txt");
    }

    @Test
    void keepsArabicAlternateNames() throws Exception {
        Map<String, GazetteerRow> rows = rows(List.of("ML", "BF", "MR"), Set.of("P", "A", "S", "H"), true);
        GazetteerRow tessit = rows.get("gn-9900001");
        // the ar-tagged name first, then the Arabic-script names of the dump line; historic names left out
        assertThat(tessit.arNames()).containsExactly("تيسيت", "تسيت");
        assertThat(tessit.latinNames()).contains("Tessit", "Tessit-Village").doesNotContain("mo te si");
        GazetteerRow ville = rows.get("gn-9900007");
        // one-word names of at most three letters are dropped for a town of 15,000 people
        assertThat(ville.arNames()).containsExactly("بلدة الاختبار");
        assertThat(rows.get("gn-9900005").latinNames()).contains("Mbera Camp");
        assertThat(rows.get("gn-9900005").arNames()).isEmpty();
    }

    @Test
    void writesTheFileAndItsChecksum(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("ML.txt");
        try (var in = GeoNamesDumpImportTest.class.getResourceAsStream("/gazetteer/geonames-fixture.txt")) {
            Files.copy(in, dump);
        }
        Path out = dir.resolve("out.tsv");
        GazetteerWriter.Result r = new GazetteerImporter(List.of("ML"), Set.of("P", "A"), KnowledgeSource.bundled(),
                "places/out.tsv").run(dump, null, out);
        // the ADM1 row of code 08 is Mali's Timbuktu region, which the curated supplement holds: supplements win
        assertThat(r.perCountry()).containsEntry("ML", 3);
        assertThat(r.coveredBySupplements()).isEqualTo(1);
        String text = Files.readString(out);
        assertThat(text).contains("GeoNames (https://www.geonames.org/), CC BY 4.0").contains(GazetteerRow.HEADER);
        String sum = Files.readString(GazetteerWriter.checksumFile(out)).split(" ")[0];
        assertThat(sum).isEqualTo(GazetteerWriter.sha256(Files.readAllBytes(out)));
    }
}
