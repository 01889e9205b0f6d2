package org.marsad.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Curated gazetteer rows are validated at load: a point outside its country names the file and the line. */
class GazetteerValidationTest {

    private static KnowledgeSource withFile(String path, String content) {
        return TestSources.withFile(path, content);
    }

    private static final String HEADER = "# test file\n";

    @Test
    void swappedCoordinatesAreRefusedWithFileAndLine() {
        String row = "ml-test-bamako\tBamako\tcity\tML\tBamako\t\t-8.0\t12.65\tباماكو التجريبية\t\t\t\ttest row\n";
        KnowledgeSource source = withFile("places/gazetteer-supplement-ml.tsv", HEADER + row);
        assertThatThrownBy(() -> Knowledge.load(source))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("test/places/gazetteer-supplement-ml.tsv:2")
                .hasMessageContaining("outside ML");
    }

    @Test
    void latitudeWithoutLongitudeIsRefused() {
        String row = "ml-test-x\tX\ttown\tML\tMopti\t\t14.5\t\tقرية تجريبية\t\t\t\ttest row\n";
        KnowledgeSource source = withFile("places/gazetteer-supplement-ml.tsv", HEADER + row);
        assertThatThrownBy(() -> Knowledge.load(source))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(":2: lat and lon must both be given");
    }

    @Test
    void duplicatePlaceIdsAreRefused() {
        String row = "ml-test-y\tY\ttown\tML\tMopti\t\t\t\tقرية\t\t\t\ttest\nml-test-y\tY\ttown\tML\tMopti\t\t\t\tقرية\t\t\t\ttest\n";
        KnowledgeSource source = withFile("places/gazetteer-supplement-ml.tsv", HEADER + row);
        assertThatThrownBy(() -> Knowledge.load(source))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("duplicate place id 'ml-test-y'");
    }
}
