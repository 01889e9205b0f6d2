package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.app.TestSupport;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/**
 * A floor under the figures on the dev corpus (a copy ships in the test resources, so the check needs nothing
 * beside the clone). The figures themselves are reported by {@code marsad eval}; this only stops a change that
 * makes them fall well below what was measured when the floor was set.
 */
class DevCorpusFloorTest {

    @Test
    void eventDetectionAndFieldAccuracyStayAboveTheirFloors() throws URISyntaxException {
        Evaluation.Result r = evaluate("/dev-corpus");
        assertThat(r.documents()).isEqualTo(40);
        assertThat(r.f1()).as("event detection F1").isGreaterThanOrEqualTo(0.87);
        assertThat(r.fieldAccuracy().get("date")).as("date accuracy").isGreaterThanOrEqualTo(0.92);
        assertThat(r.fieldAccuracy().get("location")).as("location accuracy").isGreaterThanOrEqualTo(0.88);
        assertThat(r.fieldAccuracy().get("status")).as("status accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(r.fieldAccuracy().get("event_type")).as("event type accuracy").isGreaterThanOrEqualTo(0.92);
        assertThat(r.fieldAccuracy().get("fatalities")).as("fatalities accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(r.fieldAccuracy().get("actor1")).as("actor1 accuracy").isGreaterThanOrEqualTo(0.92);
        assertThat(r.fieldAccuracy().get("actor2")).as("actor2 accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(r.fieldAccuracy().get("actors")).as("both actors accuracy").isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void theSeedsGoldEventsAreFoundWithTheirActors() throws URISyntaxException {
        Evaluation.Result r = evaluate("/gold/seeds");
        assertThat(r.recall()).as("every seed gold event found").isEqualTo(1.0);
        assertThat(r.fieldAccuracy().get("actor1")).as("seed actor1").isEqualTo(1.0);
        assertThat(r.fieldAccuracy().get("actor2")).as("seed actor2").isEqualTo(1.0);
        assertThat(r.precision()).as("seed precision").isGreaterThanOrEqualTo(0.95);
        assertThat(r.fieldAccuracy().get("status")).as("seed status").isEqualTo(1.0);
    }

    private Evaluation.Result evaluate(String resource) throws URISyntaxException {
        Path dir = Path.of(getClass().getResource(resource).toURI());
        List<String> problems = new ArrayList<>();
        List<GoldDocument> docs = new GoldReader().read(List.of(dir), problems::add);
        assertThat(problems).isEmpty();
        return new Evaluation(new DocumentAnalyzer(TestSupport.knowledge())).run(docs);
    }
}
