package org.marsad.app.output.relations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.relations.RelationObservation;
import org.marsad.engine.relations.RelationSegment;
import org.marsad.engine.relations.RelationState;

/** The story of each pair in plain words: its states in date order, with windows, sources and quoted evidence. */
public final class RelationReportWriter implements RelationWriter {
    private static final int QUOTE = 160;

    @Override
    public void write(List<RelationSegment> segments, Appendable out) throws IOException {
        Map<String, List<RelationSegment>> byPair = new LinkedHashMap<>();
        Map<String, RelationSegment> byId = new LinkedHashMap<>();
        for (RelationSegment s : segments) {
            byPair.computeIfAbsent(s.pair().unordered().key(), k -> new ArrayList<>()).add(s);
            byId.put(s.id(), s);
        }
        for (List<RelationSegment> pair : byPair.values()) {
            RelationSegment first = pair.get(0);
            out.append("== ").append(first.pair().a().name()).append("  ↔  ").append(first.pair().b().name()).append('\n');
            List<RelationSegment> ordered = new ArrayList<>(pair);
            ordered.sort(java.util.Comparator.comparing((RelationSegment s) -> s.from() == null ? java.time.LocalDate.MIN : s.from().start())
                    .thenComparing(s -> s.state().ordinal()));
            for (RelationSegment s : ordered) {
                out.append("   ").append(sentence(s, byId)).append('\n');
                for (RelationObservation o : s.evidence()) {
                    String t = o.evidence().text().replace('\n', ' ');
                    out.append("      · ").append(o.evidence().docId()).append(' ')
                            .append(o.dated() ? o.date().iso() : "(undated, published " + o.date().iso() + ")")
                            .append(' ').append(o.status().label()).append(", ").append(o.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                            .append(": «").append(t.length() > QUOTE ? t.substring(0, QUOTE) + " …" : t).append("» [")
                            .append(String.valueOf(o.evidence().span().start())).append(", ")
                            .append(String.valueOf(o.evidence().span().end())).append(")\n");
                }
            }
            out.append('\n');
        }
    }

    static String sentence(RelationSegment s, Map<String, RelationSegment> byId) {
        StringBuilder b = new StringBuilder();
        String a = s.pair().a().name();
        String c = s.pair().b().name();
        if (s.state() == RelationState.AFFILIATION) {
            b.append(a).append(" is affiliated to ").append(c);
        } else {
            b.append(switch (s.state()) {
                case HOSTILE -> "hostile";
                case TRUCE -> "truce";
                case COOPERATION -> "cooperation";
                case ALLIANCE -> "alliance";
                default -> s.state().label();
            });
        }
        if (s.from() != null) {
            b.append(" from ").append(s.from().iso());
        }
        if (s.to() != null) {
            b.append(" until ").append(s.to().iso());
        } else if (s.from() != null) {
            b.append(", still in the latest source");
        }
        b.append(" (").append(s.status().label()).append(", confidence ").append(String.format(java.util.Locale.ROOT, "%.2f", s.confidence()))
                .append("; sources ").append(String.join(", ", s.sources())).append(')');
        if (s.windowStart() != null) {
            b.append("; the change happened between ").append(s.windowStart().iso()).append(" (last evidence of the former state) and ")
                    .append(s.windowEnd().iso()).append(" (first evidence of this one)");
        }
        for (String id : s.contradicts()) {
            RelationSegment o = byId.get(id);
            if (o != null) {
                b.append("; contradicted by ").append(String.join(", ", o.sources())).append(", which dates it from ")
                        .append(o.from() == null ? "an unknown date" : o.from().iso());
            }
        }
        if (!s.note().isEmpty()) {
            b.append("; ").append(s.note());
        }
        return b.toString();
    }
}
