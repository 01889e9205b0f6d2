package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.model.Event;
import org.marsad.engine.text.Span;

/**
 * Pairs predicted with gold events of one document, one to one. The rule:
 * <ol>
 *   <li>a pair is possible when the predicted evidence (or another passage it lists about the same incident)
 *       overlaps the gold evidence in the text (the gold
 *       evidence is an exact substring, located by search), or, with no overlap, when both have the same
 *       date and the same event type;</li>
 *   <li>pairs are taken greedily, largest evidence overlap first (date-and-type pairs last), and
 *       each event is used once.</li>
 * </ol>
 * Unpaired predictions are false positives; unpaired gold events are misses.
 */
public final class EventMatcher {
    /** A predicted event paired with a gold event. */
    public record Pair(Event predicted, GoldEvent gold) {
    }

    public List<Pair> match(String text, List<Event> predicted, List<GoldEvent> gold) {
        record Candidate(int p, int g, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span gs = locate(text, gold.get(g).evidence());
            for (int p = 0; p < predicted.size(); p++) {
                Event e = predicted.get(p);
                int overlap = gs == null ? 0 : overlap(e.evidence().span(), gs);
                for (org.marsad.engine.model.Evidence r : e.related()) {
                    overlap = Math.max(overlap, gs == null ? 0 : overlap(r.span(), gs));
                }
                if (overlap > 0) {
                    candidates.add(new Candidate(p, g, 1000 + overlap));
                } else if (e.date() != null && e.date().iso().equals(gold.get(g).date())
                        && e.type().label().equals(gold.get(g).eventType())) {
                    candidates.add(new Candidate(p, g, 1));
                }
            }
        }
        candidates.sort((a, b) -> Integer.compare(b.score, a.score));
        boolean[] usedP = new boolean[predicted.size()];
        boolean[] usedG = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedP[c.p] && !usedG[c.g]) {
                usedP[c.p] = true;
                usedG[c.g] = true;
                pairs.add(new Pair(predicted.get(c.p), gold.get(c.g)));
            }
        }
        return pairs;
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    static Span locate(String text, String evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        int i = text.indexOf(evidence);
        return i < 0 ? null : new Span(i, i + evidence.length());
    }
}
