package org.marsad.app.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.ConfidenceFactor;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.Location;

/**
 * The output contract of one event: field names and order as external tools read them
 * (JSON Lines, GeoJSON properties and the extra CSV columns share it).
 */
public final class EventRecord {
    private EventRecord() {
    }

    public static Map<String, Object> of(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc_id", e.docId());
        m.put("event_id", e.eventId());
        m.put("date", e.date() == null ? null : e.date().iso());
        m.put("date_end", e.date() == null ? null : e.date().isoEnd());
        m.put("date_precision", e.date() == null ? "unknown" : e.date().precision().label());
        m.put("time_precision", e.date() == null ? null : e.date().precision().acledTimePrecision());
        m.put("event_type", e.type().label());
        m.put("sub_event_type", e.subType().label());
        m.put("actor1", name(e.actor1()));
        m.put("actor2", name(e.actor2()));
        List<String> assoc = new ArrayList<>();
        for (ActorRef a : e.assocActors()) {
            assoc.add(a.name());
        }
        m.put("assoc_actors", assoc);
        Location l = e.location();
        m.put("location", l == null ? null : l.name());
        m.put("admin1", l == null ? null : l.admin1());
        m.put("country", l == null ? null : l.country());
        m.put("lat", l == null ? null : l.lat());
        m.put("lon", l == null ? null : l.lon());
        m.put("geo_precision", l == null ? null : l.geoPrecision());
        m.put("fatalities", e.fatalities());
        m.put("status", e.status().label());
        m.put("claimed_by", name(e.claimedBy()));
        m.put("suspected_actor", name(e.suspectedActor()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("start", e.evidence().span().start());
        evidence.put("end", e.evidence().span().end());
        evidence.put("text", e.evidence().text());
        m.put("evidence", evidence);
        List<Map<String, Object>> more = new ArrayList<>();
        for (org.marsad.engine.model.Evidence r : e.related()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", r.span().start());
            x.put("end", r.span().end());
            x.put("text", r.text());
            more.add(x);
        }
        m.put("evidence_more", more);
        m.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        m.put("confidence_basis", basis(e));
        m.put("aggregate", e.aggregate());
        return m;
    }

    /** The labels of the factors the event's confidence comes from, in a fixed order. */
    static List<String> basis(Event e) {
        List<String> out = new ArrayList<>(e.confidenceBasis().size());
        for (ConfidenceFactor f : e.confidenceBasis()) {
            out.add(f.label());
        }
        return out;
    }

    private static String name(ActorRef a) {
        return a == null ? null : a.name();
    }
}
