package org.marsad.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.events.ConfidenceModel;
import org.marsad.engine.model.ConfidenceFactor;

/** calibration/event-confidence.tsv: its weights make the confidence, and a bad row names the file and line. */
class ConfidenceKnowledgeTest {
    private static final String PATH = "calibration/event-confidence.tsv";

    private static KnowledgeSource withConfidence(String content) {
        return TestSources.withFile(PATH, content);
    }

    @Test
    void theWeightsOfAnAnalystsCopyMakeTheConfidence() {
        ConfidenceModel m = Knowledge.load(withConfidence("factor\tweight\nintercept\t0\nown-date\t2\n")).events().confidence();
        assertThat(m.of(List.of())).isEqualTo(0.5);
        assertThat(m.of(List.of(ConfidenceFactor.OWN_DATE))).isCloseTo(1 / (1 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.of(List.of(ConfidenceFactor.TOLL))).as("a factor without a row weighs nothing").isEqualTo(0.5);
    }

    @Test
    void anUnknownFactorIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> Knowledge.load(withConfidence("# c\nintercept\t0\nown-time\t1\n")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("test/" + PATH + ":3")
                .hasMessageContaining("own-time");
    }

    @Test
    void aMissingInterceptOrABadWeightIsRefused() {
        assertThatThrownBy(() -> Knowledge.load(withConfidence("own-date\t1\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("intercept");
        assertThatThrownBy(() -> Knowledge.load(withConfidence("intercept\t0\ntoll\tmuch\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining(":2");
        assertThatThrownBy(() -> Knowledge.load(withConfidence("intercept\t0\ntoll\t1\ntoll\t2\n")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("twice");
    }

    @Test
    void everyExtractedEventCarriesTheFactorsItsConfidenceComesFrom() {
        Knowledge k = Knowledge.bundled();
        var analysis = new org.marsad.engine.pipeline.DocumentAnalyzer(k).analyze(new org.marsad.engine.model.Document(
                "t", null, null, "قتل مسلحون عشرة مدنيين في هجوم على قرية قرب مدينة جيبو في بوركينا فاسو يوم الأحد 14 أيار/مايو 2023.",
                null));
        assertThat(analysis.events()).singleElement().satisfies(e -> {
            assertThat(e.confidenceBasis()).contains(ConfidenceFactor.OWN_DATE, ConfidenceFactor.TOLL);
            assertThat(e.confidence()).isEqualTo(k.events().confidence().of(e.confidenceBasis()));
        });
    }
}
