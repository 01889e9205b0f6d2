package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --fuse}: the same article under two ids yields each incident once, with both sources. */
class AnalyzeFuseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSameArticleUnderAnotherIdFusesIntoOneEventPerIncident() throws IOException {
        for (String id : new String[] {"dev-004", "dev-020"}) {
            try (InputStream in = getClass().getResourceAsStream("/dev-corpus/" + id + ".json")) {
                ObjectNode doc = (ObjectNode) JSON.readTree(in);
                Files.writeString(dir.resolve(id + ".json"), JSON.writeValueAsString(doc));
                doc.put("id", id + "-copy");
                Files.writeString(dir.resolve(id + "-copy.json"), JSON.writeValueAsString(doc));
            }
        }
        MarsadCliTest.Run plain = MarsadCliTest.run("analyze", dir.toString(), "--format", "jsonl");
        MarsadCliTest.Run fused = MarsadCliTest.run("analyze", dir.toString(), "--format", "jsonl", "--fuse");
        assertThat(fused.exit()).isZero();
        long events = plain.out().lines().count();
        assertThat(events).isPositive().isEven();
        assertThat(fused.out().lines().count()).isEqualTo(events / 2);
        for (String line : fused.out().lines().toList()) {
            JsonNode e = JSON.readTree(line);
            assertThat(e.get("event_id").asText()).startsWith("fev-");
            assertThat(e.get("sources")).hasSize(2);
            assertThat(e.get("sources").get(0).get("doc_id").asText()).isNotEqualTo(e.get("sources").get(1).get("doc_id").asText());
        }
    }

    @Test
    void fuseRefusesFormatsOtherThanJsonLines() {
        assertThat(MarsadCliTest.run("analyze", "--fuse", "--format", "csv").exit()).isEqualTo(2);
    }
}
