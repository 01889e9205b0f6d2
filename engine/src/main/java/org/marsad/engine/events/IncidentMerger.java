package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;

/**
 * One event per incident within a document: a clause that adds detail to the incident just described
 * (the toll, the place, the attacker) joins it instead of becoming a second event. A clause joins the
 * previous event when it is at most {@link #MAX_SENTENCE_GAP} sentences later in the same paragraph or the
 * next, names no date of its own that differs, no other place, and no other attacker, and its event is of the
 * same type or only a killing or attack word.
 */
final class IncidentMerger {
    static final int MAX_SENTENCE_GAP = 2;
    /** Triggers at or below this priority ("قتل", "هجوم") describe an incident rather than name a new one. */
    static final int GENERIC_PRIORITY = 42;

    List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (!out.isEmpty() && sameIncident(out.get(out.size() - 1), d)) {
                out.set(out.size() - 1, out.get(out.size() - 1).mergedWith(d));
                continue;
            }
            if (d.anaphoric() && !d.ownDate() && !d.ownPlace()) {
                // "الهجوم" with nothing new: the attack already told, wherever it was told
                int target = previousOfType(out, d);
                if (target >= 0) {
                    out.set(target, out.get(target).mergedWith(d));
                }
                continue;
            }
            out.add(d);
        }
        return out;
    }

    private static int previousOfType(List<EventDraft> out, EventDraft d) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventDraft e = out.get(i);
            if (e.subType().type() == d.subType().type() || d.priority() <= GENERIC_PRIORITY) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameIncident(EventDraft a, EventDraft b) {
        if (b.sentence() - a.sentence() > MAX_SENTENCE_GAP || b.sentence() == a.sentence() && b.ownDate()) {
            return false;
        }
        if (b.paragraph() - a.paragraph() > 1) {
            return false;
        }
        if (b.ownDate() && a.date() != null && !a.date().equals(b.date())) {
            return false;
        }
        if (b.ownDate() && a.date() == null) {
            return false;
        }
        if (a.ownPlace() && b.ownPlace() && a.location() != null && b.location() != null
                && a.location().placeId() != null && !a.location().placeId().equals(b.location().placeId())) {
            return false;
        }
        if (!compatible(a.actor1(), b.actor1()) && !compatible(a.actor1(), b.actor2())) {
            return false;
        }
        if (a.status() != b.status()) {
            return false;
        }
        boolean sameType = a.subType() == b.subType();
        return sameType || b.priority() <= GENERIC_PRIORITY;
    }

    private static boolean compatible(Actor x, Actor y) {
        return x == null || y == null || x.equals(y) || x.category().equals("unidentified") || y.category().equals("unidentified");
    }
}
