package org.marsad.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.app.TestSupport;
import org.marsad.engine.pipeline.DocumentAnalysis;

class GeoJsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode write(List<DocumentAnalysis> analyses) throws Exception {
        return JSON.readTree(OutputFixtures.write(new GeoJsonWriter(), analyses));
    }

    private static List<JsonNode> features(JsonNode collection) {
        List<JsonNode> out = new ArrayList<>();
        collection.get("features").forEach(out::add);
        return out;
    }

    @Test
    void outputIsAFeatureCollection() throws Exception {
        JsonNode c = write(TestSupport.sampleAnalyses());
        assertThat(c.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(c.get("features").isArray()).isTrue();
    }

    @Test
    void everyFeatureIsAPointInsideValidRanges() throws Exception {
        List<JsonNode> features = features(write(TestSupport.sampleAnalyses()));
        assertThat(features).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            JsonNode g = f.get("geometry");
            assertThat(g.get("type").asText()).isEqualTo("Point");
            assertThat(g.get("coordinates")).hasSize(2);
            assertThat(g.get("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(g.get("coordinates").get(1).asDouble()).isBetween(-90.0, 90.0);
        });
    }

    @Test
    void coordinatesAreLongitudeThenLatitude() throws Exception {
        List<JsonNode> features = features(write(List.of(OutputFixtures.analysis())));
        JsonNode coordinates = features.get(0).get("geometry").get("coordinates");
        assertThat(coordinates.get(0).asDouble()).isEqualTo(OutputFixtures.MOPTI.lon());
        assertThat(coordinates.get(1).asDouble()).isEqualTo(OutputFixtures.MOPTI.lat());
        assertThat(features(write(TestSupport.sampleAnalyses()))).allSatisfy(f -> {
            assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(f.get("properties").get("lon").asDouble());
            assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(f.get("properties").get("lat").asDouble());
        });
    }

    @Test
    void eventsWithoutCoordinatesAreLeftOut() throws Exception {
        List<JsonNode> features = features(write(List.of(OutputFixtures.analysis())));
        assertThat(features).extracting(f -> f.get("id").asText()).containsExactly("doc-1#1");
    }

    @Test
    void sampleFeaturesAreExactlyTheEventsWithCoordinates() throws Exception {
        List<DocumentAnalysis> samples = TestSupport.sampleAnalyses();
        List<String> located = samples.stream().flatMap(a -> a.events().stream())
                .filter(e -> e.location() != null && e.location().lat() != null && e.location().lon() != null)
                .map(e -> e.eventId()).toList();
        assertThat(features(write(samples))).extracting(f -> f.get("id").asText()).containsExactlyElementsOf(located);
    }

    @Test
    void propertiesAreTheEventContract() throws Exception {
        assertThat(features(write(TestSupport.sampleAnalyses()))).allSatisfy(f -> {
            List<String> names = new ArrayList<>();
            f.get("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(OutputFixtures.CONTRACT);
        });
    }

    @Test
    void noLocatedEventGivesAnEmptyCollection() throws Exception {
        DocumentAnalysis a = OutputFixtures.analysis();
        DocumentAnalysis unlocated = new DocumentAnalysis(a.document(), a.publication(), a.country(), List.of(), List.of(),
                List.of(), List.of(), a.events().subList(1, 3));
        JsonNode c = write(List.of(unlocated));
        assertThat(c.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(c.get("features")).isEmpty();
    }
}
