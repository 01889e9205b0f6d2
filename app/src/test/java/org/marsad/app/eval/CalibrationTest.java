package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.events.ConfidenceModel;
import org.marsad.engine.model.ConfidenceFactor;

class CalibrationTest {
    private static Calibration.Sample sample(String doc, double confidence, boolean right, ConfidenceFactor... basis) {
        return new Calibration.Sample(doc, List.of(basis), confidence, right);
    }

    @Test
    void brierScoreAndCalibrationErrorOfKnownSamples() {
        List<Calibration.Sample> s = List.of(sample("a", 0.9, true), sample("a", 0.9, false), sample("b", 0.55, true),
                sample("b", 0.55, true));
        Calibration.Scores c = Calibration.score(s);
        assertThat(c.brier()).isCloseTo((0.01 + 0.81 + 0.2025 + 0.2025) / 4, offset(1e-12));
        assertThat(c.baselineBrier()).isCloseTo(0.75 * 0.25, offset(1e-12));
        // bin 0.9-1.0: mean 0.9, right 0.5; bin 0.5-0.6: mean 0.55, right 1.0
        assertThat(c.ece()).isCloseTo(0.5 * 0.4 + 0.5 * 0.45, offset(1e-12));
        assertThat(c.bins()).hasSize(2);
    }

    @Test
    void theFitLearnsWhichFactorTellsRightFromWrong() {
        List<Calibration.Sample> s = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            s.add(sample("d" + i, 0.5, true, ConfidenceFactor.OWN_DATE));
            s.add(sample("d" + i, 0.5, i % 4 == 0, ConfidenceFactor.AGGREGATE));
        }
        ConfidenceModel m = Calibration.fit(s, Calibration.DEFAULT_RIDGE);
        assertThat(m.weights().get(ConfidenceFactor.OWN_DATE)).isGreaterThan(0);
        assertThat(m.weights().get(ConfidenceFactor.AGGREGATE)).isLessThan(0);
        assertThat(m.weights().get(ConfidenceFactor.TOLL)).as("a factor never seen").isZero();
        assertThat(m.of(List.of(ConfidenceFactor.OWN_DATE))).isGreaterThan(0.85);
        assertThat(m.of(List.of(ConfidenceFactor.AGGREGATE))).isBetween(0.2, 0.4);
        Calibration.Scores fitted = Calibration.score(Calibration.rescored(s, m));
        assertThat(fitted.brier()).isLessThan(Calibration.score(s).brier());
        assertThat(Calibration.leaveOneDocumentOut(s, Calibration.DEFAULT_RIDGE)).hasSize(s.size());
    }

    @Test
    void whenEveryEventIsRightTheFitStaysFinite() {
        List<Calibration.Sample> s = List.of(sample("a", 0.5, true), sample("b", 0.5, true, ConfidenceFactor.TOLL));
        ConfidenceModel m = Calibration.fit(s, Calibration.DEFAULT_RIDGE);
        assertThat(m.intercept()).isFinite();
        assertThat(m.of(List.of())).isGreaterThan(0.9);
    }

    @Test
    void theWrittenFileLoadsAsKnowledge() {
        ConfidenceModel m = new ConfidenceModel(1.5, java.util.Map.of(ConfidenceFactor.OWN_DATE, 0.25));
        String tsv = Calibration.tsv(m, List.of("fitted on a test"));
        assertThat(tsv).contains("intercept\t1.500").contains("own-date\t0.250").contains("#   fitted on a test");
    }
}
