package org.marsad.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.app.TestSupport;
import org.marsad.engine.pipeline.DocumentAnalysis;

class JsonLinesWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(List<DocumentAnalysis> analyses) throws Exception {
        String out = OutputFixtures.write(new JsonLinesWriter(), analyses);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        assertThat(out).endsWith("\n");
        return nodes;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void samplesGiveEvents() {
        int events = TestSupport.sampleAnalyses().stream().mapToInt(a -> a.events().size()).sum();
        assertThat(events).isGreaterThan(3);
    }

    @Test
    void oneJsonObjectPerEventPerLine() throws Exception {
        List<DocumentAnalysis> samples = TestSupport.sampleAnalyses();
        int events = samples.stream().mapToInt(a -> a.events().size()).sum();
        List<JsonNode> nodes = lines(samples);
        assertThat(nodes).hasSize(events).allSatisfy(n -> assertThat(n.isObject()).isTrue());
    }

    @Test
    void everyLineHasExactlyTheContractFieldsInOrder() throws Exception {
        List<JsonNode> nodes = lines(TestSupport.sampleAnalyses());
        nodes.addAll(lines(List.of(OutputFixtures.analysis())));
        assertThat(nodes).allSatisfy(n -> assertThat(fieldNames(n)).containsExactlyElementsOf(OutputFixtures.CONTRACT));
    }

    @Test
    void contractHoldsTheFieldsExternalToolsRead() {
        assertThat(OutputFixtures.CONTRACT).contains("doc_id", "event_id", "date", "date_end", "date_precision",
                "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "admin1", "country", "lat",
                "lon", "geo_precision", "fatalities", "status", "claimed_by", "evidence", "confidence");
    }

    @Test
    void evidenceHasExactlyStartEndAndText() throws Exception {
        assertThat(lines(TestSupport.sampleAnalyses())).allSatisfy(n ->
                assertThat(fieldNames(n.get("evidence"))).containsExactly("start", "end", "text"));
    }

    @Test
    void evidenceTextIsTheDocumentSubstringAtItsOffsets() throws Exception {
        List<DocumentAnalysis> all = new ArrayList<>(TestSupport.sampleAnalyses());
        all.add(OutputFixtures.analysis());
        Map<String, String> texts = OutputFixtures.textsById(all);
        assertThat(lines(all)).allSatisfy(n -> {
            JsonNode ev = n.get("evidence");
            String text = texts.get(n.get("doc_id").asText());
            assertThat(ev.get("text").asText()).isNotBlank()
                    .isEqualTo(text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        });
    }

    @Test
    void valuesFollowTheDocumentedTypes() throws Exception {
        assertThat(lines(TestSupport.sampleAnalyses())).allSatisfy(n -> {
            assertThat(n.get("event_id").asText()).startsWith(n.get("doc_id").asText());
            assertThat(n.get("date").isNull() || n.get("date").asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")).isTrue();
            assertThat(n.get("date_precision").asText()).isIn("day", "week", "month", "year", "unknown");
            assertThat(n.get("assoc_actors").isArray()).isTrue();
            assertThat(n.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(n.get("status").asText()).isIn("reported", "claimed", "rumor", "speculation", "denied");
            assertThat(n.get("country").isNull() || n.get("country").asText().matches("[A-Z]{2}")).isTrue();
            assertThat(n.get("geo_precision").isNull() || n.get("geo_precision").asInt() >= 1 && n.get("geo_precision").asInt() <= 3).isTrue();
            assertThat(n.get("aggregate").isBoolean()).isTrue();
        });
    }

    @Test
    void missingValuesAreJsonNulls() throws Exception {
        JsonNode undated = lines(List.of(OutputFixtures.analysis())).get(1);
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("date_precision").asText()).isEqualTo("unknown");
        assertThat(undated.get("location").isNull()).isTrue();
        assertThat(undated.get("lat").isNull()).isTrue();
        assertThat(undated.get("fatalities").isNull()).isTrue();
        assertThat(undated.get("actor2").isNull()).isTrue();
    }

    @Test
    void handBuiltEventIsWrittenFieldByField() throws Exception {
        JsonNode n = lines(List.of(OutputFixtures.analysis())).get(0);
        assertThat(n.get("doc_id").asText()).isEqualTo("doc-1");
        assertThat(n.get("event_id").asText()).isEqualTo("doc-1#1");
        assertThat(n.get("date").asText()).isEqualTo("2024-05-19");
        assertThat(n.get("date_precision").asText()).isEqualTo("day");
        assertThat(n.get("event_type").asText()).isEqualTo("Violence against civilians");
        assertThat(n.get("sub_event_type").asText()).isEqualTo("Attack");
        assertThat(n.get("actor1").asText()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(n.get("assoc_actors").get(0).asText()).isEqualTo("Dozo Communal Militia, \"Dan Na Ambassagou\"");
        assertThat(n.get("lat").asDouble()).isEqualTo(14.4843);
        assertThat(n.get("lon").asDouble()).isEqualTo(-4.1827);
        assertThat(n.get("fatalities").asInt()).isEqualTo(3);
        assertThat(n.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(n.get("confidence_basis").toString()).isEqualTo("[\"typed-word\",\"own-date\",\"toll\"]");
    }

    @Test
    void arabicIsWrittenAsCharactersNotEscapes() {
        String out = OutputFixtures.write(new JsonLinesWriter(), List.of(OutputFixtures.analysis()));
        assertThat(out).contains("اعتقلت قوات الأمن مشتبها به.").doesNotContain("\\u06");
    }

    @Test
    void noEventsGiveNoOutput() {
        DocumentAnalysis a = OutputFixtures.analysis();
        DocumentAnalysis empty = new DocumentAnalysis(a.document(), a.publication(), a.country(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(OutputFixtures.write(new JsonLinesWriter(), List.of(empty))).isEmpty();
    }
}
