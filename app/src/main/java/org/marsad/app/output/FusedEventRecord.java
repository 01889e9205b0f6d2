package org.marsad.app.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.engine.fusion.FusedEvent;
import org.marsad.engine.model.Event;

/**
 * The output contract of a fused event: the event fields of {@link EventRecord} for the fused values, with
 * the fused id as {@code event_id}, the figures of all sources ({@code fatalities_low}, {@code fatalities_high})
 * and every source with its own date, toll, status and evidence.
 */
public final class FusedEventRecord {
    private FusedEventRecord() {
    }

    public static Map<String, Object> of(FusedEvent f) {
        Map<String, Object> m = EventRecord.of(f.event());
        m.put("event_id", f.id());
        m.put("fatalities", f.fatalities().fused());
        m.put("fatalities_low", f.fatalities().low());
        m.put("fatalities_high", f.fatalities().high());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Event e : f.sources()) {
            Map<String, Object> s = EventRecord.of(e);
            s.keySet().retainAll(List.of("doc_id", "event_id", "date", "date_precision", "location", "fatalities", "status",
                    "claimed_by", "evidence"));
            sources.add(s);
        }
        m.put("sources", sources);
        return m;
    }
}
