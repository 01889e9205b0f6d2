package org.marsad.app.output.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.relations.RelationObservation;
import org.marsad.engine.relations.RelationSegment;
import org.marsad.engine.time.TimeSpan;

/**
 * The output contract of one relation segment (JSON Lines; GraphML edges carry the scalar fields):
 * {@code id, actor_a, actor_b, state, from, to, window_start, window_end, status, confidence, evidence
 * [{doc_id, start, end, text, date, status, source}], contradicts [{id, sources}], sources, note}.
 */
public final class SegmentRecord {
    private SegmentRecord() {
    }

    public static Map<String, Object> of(RelationSegment s, Map<String, RelationSegment> byId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("actor_a", s.pair().a().name());
        m.put("actor_b", s.pair().b().name());
        m.put("state", s.state().label());
        m.put("from", iso(s.from()));
        m.put("to", iso(s.to()));
        m.put("window_start", iso(s.windowStart()));
        m.put("window_end", iso(s.windowEnd()));
        m.put("status", s.status().label());
        m.put("confidence", s.confidence());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (RelationObservation o : s.evidence()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("doc_id", o.evidence().docId());
            e.put("start", o.evidence().span().start());
            e.put("end", o.evidence().span().end());
            e.put("text", o.evidence().text());
            e.put("date", o.dated() ? o.date().iso() : null);
            e.put("status", o.status().label());
            e.put("source", o.source().name().toLowerCase(java.util.Locale.ROOT));
            evidence.add(e);
        }
        m.put("evidence", evidence);
        List<Map<String, Object>> contradicts = new ArrayList<>();
        for (String id : s.contradicts()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id);
            RelationSegment other = byId.get(id);
            c.put("sources", other == null ? List.of() : other.sources());
            c.put("from", other == null ? null : iso(other.from()));
            contradicts.add(c);
        }
        m.put("contradicts", contradicts);
        m.put("sources", s.sources());
        m.put("note", s.note());
        return m;
    }

    static String iso(TimeSpan t) {
        return t == null ? null : t.iso();
    }
}
