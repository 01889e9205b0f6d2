package org.marsad.app.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.time.PublicationEstimate;

/** A timeline a person reads: per document, the publication date used and its events in date order, each with its Arabic evidence. */
public final class ReportWriter implements EventWriter {
    private static final int EVIDENCE_CHARS = 300;

    @Override
    public void write(List<DocumentAnalysis> analyses, Appendable out) throws IOException {
        int total = 0;
        for (DocumentAnalysis a : analyses) {
            out.append("== ").append(a.document().id());
            if (a.document().title() != null) {
                out.append(" — ").append(a.document().title().strip());
            }
            out.append('\n');
            PublicationEstimate p = a.publication();
            out.append("   published: ").append(p.date() == null ? "unknown" : p.date().iso()).append(" (").append(p.basis());
            if (p.basis().equals("inferred")) {
                out.append(String.format(Locale.ROOT, ", confidence %.2f", p.confidence()));
            }
            out.append(")\n");
            for (String reason : p.reasons()) {
                out.append("     · ").append(reason).append('\n');
            }
            List<Event> events = new ArrayList<>(a.events());
            events.sort(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date().iso()));
            if (events.isEmpty()) {
                out.append("   no events\n");
            }
            for (Event e : events) {
                total++;
                out.append("   ").append(e.date() == null ? "date unknown" : e.date().iso()
                        + (e.date().isoEnd() != null ? "…" + e.date().isoEnd() : "") + " (" + e.date().precision().label() + ")");
                out.append("  ").append(e.type().label()).append(" / ").append(e.subType().label()).append('\n');
                out.append("      ").append(e.actor1() == null ? "?" : e.actor1().name());
                if (e.actor2() != null) {
                    out.append("  ⟶  ").append(e.actor2().name());
                }
                out.append('\n');
                if (e.location() != null) {
                    out.append("      at ").append(e.location().name() == null ? e.location().country() : e.location().name());
                    if (e.location().admin1() != null) {
                        out.append(", ").append(e.location().admin1());
                    }
                    out.append(" (").append(e.location().country()).append(", geo ").append(String.valueOf(e.location().geoPrecision())).append(")");
                    if (e.location().lat() != null) {
                        out.append(String.format(Locale.ROOT, " %.4f, %.4f", e.location().lat(), e.location().lon()));
                    }
                    out.append('\n');
                }
                out.append("      fatalities: ").append(e.fatalities() == null ? "not given" : e.fatalities().toString());
                out.append("   status: ").append(e.status().label());
                if (e.claimedBy() != null) {
                    out.append(" (claimed by ").append(e.claimedBy().name()).append(")");
                }
                if (e.suspectedActor() != null) {
                    out.append("   suspected: ").append(e.suspectedActor().name());
                }
                out.append(String.format(Locale.ROOT, "   confidence %.2f", e.confidence()));
                if (!e.confidenceBasis().isEmpty()) {
                    out.append(" (").append(String.join(", ", EventRecord.basis(e))).append(")");
                }
                out.append(e.aggregate() ? "   aggregate" : "").append('\n');
                String ev = e.evidence().text().replace('\n', ' ');
                if (ev.length() > EVIDENCE_CHARS) {
                    ev = ev.substring(0, EVIDENCE_CHARS) + "…";
                }
                out.append("      «").append(ev).append("» [").append(String.valueOf(e.evidence().span().start())).append(", ")
                        .append(String.valueOf(e.evidence().span().end())).append(")\n");
            }
            out.append('\n');
        }
        out.append(total + " event" + (total == 1 ? "" : "s") + " in " + analyses.size() + " document"
                + (analyses.size() == 1 ? "" : "s") + "\n");
    }
}
