package org.marsad.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.text.CharFolding;

/** Validates the real knowledge files shipped in the engine jar. */
public class BundledKnowledgeTest {
    static final String TRIGGERS = "marsad/knowledge/ar/events/triggers.tsv";
    /**
     * Forms whose example is known to be wrong; each is checked, without this exception, by a disabled test in
     * {@code KnownGapsTest}. Remove the form here when the data is fixed.
     */
    private static final java.util.Set<String> KNOWN_BAD_EXAMPLES = java.util.Set.of();

    @Test
    void bundledKnowledgeLoads() {
        Knowledge k = TestKnowledge.knowledge();
        assertThat(k.text()).isNotNull();
        assertThat(k.lexicon().size()).isPositive();
    }

    @Test
    void hasMoreThanEightyActors() {
        assertThat(TestKnowledge.knowledge().actors().size()).isGreaterThan(80);
    }

    @Test
    void hasMoreThanFourHundredPlaces() {
        assertThat(TestKnowledge.knowledge().places().size()).isGreaterThan(400);
    }

    @Test
    void everyActorHasANameAndAKnownInterCode() {
        assertThat(TestKnowledge.knowledge().actors().all()).allSatisfy(a -> {
            assertThat(a.name()).isNotBlank();
            assertThat(a.inter()).isBetween(0, 8);
        });
    }

    @Test
    void placesWithCoordinatesAreOnEarth() {
        assertThat(TestKnowledge.knowledge().places().all()).filteredOn(p -> p.lat() != null).allSatisfy(p -> {
            assertThat(p.lat()).isBetween(-90.0, 90.0);
            assertThat(p.lon()).isBetween(-180.0, 180.0);
        });
    }

    @Test
    void everyTriggerExampleContainsItsOwnForm() throws IOException {
        assertThat(triggerExamplesWithoutTheirForm(KNOWN_BAD_EXAMPLES))
                .as("trigger examples that do not contain their form").isEmpty();
    }

    /** Rows of triggers.tsv whose example does not contain the form, after folding both the same way. */
    public static List<String> triggerExamplesWithoutTheirForm(java.util.Set<String> skip) throws IOException {
        CharFolding folding = TestKnowledge.folding();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (InputStream in = BundledKnowledgeTest.class.getClassLoader().getResourceAsStream(TRIGGERS)) {
            assertThat(in).as(TRIGGERS).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 5 || cols[4].isBlank() || skip.contains(cols[0].trim())) {
                    continue;
                }
                checked++;
                String form = folding.fold(cols[0].trim());
                String example = folding.fold(cols[4].trim());
                if (!example.contains(form)) {
                    wrong.add("line " + lineNo + ": form «" + cols[0] + "» not in example «" + cols[4] + "»");
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        return wrong;
    }
}
