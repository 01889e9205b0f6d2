package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.engine.fusion.EventFuser;
import org.marsad.engine.fusion.FusedEvent;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/** The dev corpus fused with itself under other document ids yields no duplicate event. */
class DevSelfFusionTest {

    @Test
    void fusingTheDevCorpusWithACopyUnderOtherIdsYieldsNoDuplicates() throws URISyntaxException {
        Path dir = Path.of(DevSelfFusionTest.class.getResource("/dev-corpus").toURI());
        List<GoldDocument> docs = new GoldReader().read(List.of(dir), m -> { });
        assertThat(docs).hasSize(40);
        DocumentAnalyzer analyzer = new DocumentAnalyzer(Knowledge.bundled());
        List<Event> original = new ArrayList<>();
        List<Event> both = new ArrayList<>();
        for (GoldDocument g : docs) {
            List<Event> a = analyzer.analyze(g.document()).events();
            List<Event> b = analyzer.analyze(g.document().withId("copy-" + g.document().id())).events();
            original.addAll(a);
            both.addAll(a);
            both.addAll(b);
        }
        EventFuser fuser = new EventFuser();
        List<FusedEvent> once = fuser.fuse(original);
        List<FusedEvent> twice = fuser.fuse(both);
        assertThat(twice).hasSameSizeAs(once);
        for (FusedEvent f : twice) {
            // every fused event holds each of its originals exactly once and its copy exactly once
            Map<String, Integer> count = new TreeMap<>();
            for (Event e : f.sources()) {
                count.merge(e.docId().replaceFirst("^copy-", "") + "|" + e.evidence().span(), 1, Integer::sum);
            }
            assertThat(count.values()).allMatch(n -> n == 2);
        }
        assertThat(twice).extracting(FusedEvent::id).doesNotHaveDuplicates();
    }
}
