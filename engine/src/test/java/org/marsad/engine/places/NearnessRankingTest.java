package org.marsad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.knowledge.KnowledgeSource;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/** Of two villages with one name, the one near the other places of the story wins. */
class NearnessRankingTest {
    /** Two invented villages named زيرونا, one in the Mopti region and one in the Kayes region (test fixture). */
    private static final String FIXTURE = "# test fixture: invented villages\n"
            + "ml-test-zirona-mopti\tZirona\tvillage\tML\tMopti\t\t14.20\t-3.50\tزيرونا\t\t\t\ttest\n"
            + "ml-test-zirona-kayes\tZirona\tvillage\tML\tKayes\t\t14.40\t-11.00\tزيرونا\t\t\t\ttest\n";

    private static DocumentAnalyzer analyzer() {
        KnowledgeSource bundled = KnowledgeSource.bundled();
        return new DocumentAnalyzer(Knowledge.load(new KnowledgeSource() {
            @Override
            public Optional<Reader> open(String p) throws IOException {
                return p.equals("places/gazetteer-supplement-other.tsv") ? Optional.of(new StringReader(FIXTURE)) : bundled.open(p);
            }

            @Override
            public String describe(String p) {
                return bundled.describe(p);
            }
        }));
    }

    private static Place zirona(DocumentAnalyzer a, String text) {
        List<PlaceMention> places = a.analyze(new Document("t", null, null, text, null)).places();
        return places.stream().filter(p -> p.place() != null && p.place().name().equals("Zirona")).findFirst()
                .orElseThrow().place();
    }

    @Test
    void theVillageNearTheOtherPlacesOfTheStoryWins() {
        DocumentAnalyzer a = analyzer();
        assertThat(zirona(a, "هاجم مسلحون قرية زيرونا في مالي، على بعد كيلومترات من مدينة سيفاري").admin1()).isEqualTo("Mopti");
        assertThat(zirona(a, "هاجم مسلحون قرية زيرونا في مالي، على بعد كيلومترات من مدينة كيتا").admin1()).isEqualTo("Kayes");
    }
}
