package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.time.TimeSpan;

/**
 * One event per incident within a document: a clause that adds detail to the incident just described
 * (the toll, the place, the attacker) joins it instead of becoming a second event. A clause joins the
 * previous event when it is at most {@link #MAX_SENTENCE_GAP} sentences after the last one that told it, in the
 * same paragraph or the next, names no date of its own that differs, no other place, and no other attacker, and its event is of the
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
            if (d.anaphoric() && !d.newItem()) {
                // "الهجوم": the attack already told, wherever it was told, unless its date or place says otherwise
                int target = previousOfType(out, d);
                if (target >= 0) {
                    out.set(target, out.get(target).mergedWith(d));
                    continue;
                }
                // "الهجوم الأكثر دموية" after a summary of separate attacks is one of them, told on its own
                boolean afterSummary = anySummary(out);
                if (!d.ownDate() && !d.ownPlace() && !afterSummary) {
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The same incident told twice far apart (a lead, then the details, then a quote): events of the same
     * type with the same toll, or at the same named place on the same date, are one.
     */
    List<EventDraft> dedupe(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : events) {
            int twin = -1;
            for (int i = 0; i < out.size() && twin < 0; i++) {
                if (twins(out.get(i), d)) {
                    twin = i;
                }
            }
            if (twin >= 0) {
                out.set(twin, out.get(twin).mergedWith(d));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether {@code d} tells the incident {@code e} told. The tests run cheapest first and stop at the first that
     * fails: every pair of a document's events is tried.
     */
    private static boolean twins(EventDraft e, EventDraft d) {
        // "هجوم الأحد" with nothing of its own on the day an attack was told: that attack
        boolean bareMention = violent(e) && violent(d) && (bare(d) || bare(e)) && e.date() != null
                && e.date().equals(d.date());
        boolean sameType = e.subType().type() == d.subType().type();
        // "هجوم … أوقع 42 قتيلا" in the lead, "قتل فيه 35 مدنيا … وسبعة عسكريين" below: one toll, told as a clash or an attack
        boolean sameViolentToll = violent(e) && violent(d) && distinctToll(e) && e.fatalities().equals(d.fatalities());
        if (!(sameType || bareMention || sameViolentToll)) {
            return false;
        }
        // a vague own date ("في الآونة الأخيرة") dates without pinning: it does not tell two incidents apart
        boolean dates = e.date() == null || d.date() == null || e.date().equals(d.date()) || !d.ownDate() || !e.ownDate()
                || d.vagueDate() || e.vagueDate();
        boolean statuses = e.status() == d.status() || EventDraft.mergedStatus(e.status(), d.status()) == Status.REPORTED;
        if (!dates || !statuses) {
            return false;
        }
        // a toll identifies an incident only when it is not a common small number
        boolean sameToll = distinctToll(e) && e.fatalities().equals(d.fatalities());
        boolean samePlace = e.ownPlace() && d.ownPlace() && e.location().placeId() != null
                && e.location().placeId().equals(d.location().placeId());
        return bareMention || sameToll || samePlace || undatedRepeat(e, d);
    }

    /** The same agreement or change between the same two sides, one of them undated. */
    private static boolean undatedRepeat(EventDraft e, EventDraft d) {
        // only a state of affairs repeats undated: a siege, a looting or an arrest is one act among several
        if ((d.ownDate() && e.ownDate()) || e.subType() != d.subType()
                || (e.subType() != SubEventType.AGREEMENT && e.subType() != SubEventType.CHANGE_TO_GROUP_ACTIVITY)) {
            return false;
        }
        return e.actor1() != null && e.actor2() != null && d.actor1() != null && d.actor2() != null
                && ((EventDraft.same(e.actor1(), d.actor1()) && EventDraft.same(e.actor2(), d.actor2()))
                || (EventDraft.same(e.actor1(), d.actor2()) && EventDraft.same(e.actor2(), d.actor1())));
    }

    /**
     * The headline often states what the body leaves out ("مقتل 17 جنديا" in the title, "مقتل عدد من الجنود" in
     * the body): each headline event fills the gaps of the first body event of the same type.
     */
    List<EventDraft> enrichFromHeadline(List<EventDraft> body, List<EventDraft> headline) {
        List<EventDraft> out = new ArrayList<>(body);
        for (EventDraft h : headline) {
            for (int i = 0; i < out.size(); i++) {
                EventDraft b = out.get(i);
                if (b.subType().type() == h.subType().type()) {
                    out.set(i, b.filledFrom(h));
                    break;
                }
            }
        }
        return out;
    }

    /** Drops a summary lead when at least two other events tell the attacks it sums up. */
    List<EventDraft> withoutToldSummaries(List<EventDraft> events) {
        List<EventDraft> told = new ArrayList<>(events.size());
        for (EventDraft e : events) {
            if (!e.summary()) {
                told.add(e);
            }
        }
        return told.size() < 2 ? events : told;
    }

    private static boolean anySummary(List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            if (d.summary()) {
                return true;
            }
        }
        return false;
    }

    private static int previousOfType(List<EventDraft> out, EventDraft d) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventDraft e = out.get(i);
            if (e.summary()) {
                continue;
            }
            // with a date or place of its own, "الهجوم" refers back only to an event told with the same one
            // … or dates the attack told before without a date ("الهجوم بدأ عصر أمس")
            boolean dates = !d.ownDate() || !e.ownDate() || java.util.Objects.equals(e.date(), d.date());
            boolean samePlace = e.ownPlace() && e.location() != null && d.location() != null
                    && java.util.Objects.equals(e.location().placeId(), d.location().placeId());
            // "الهجوم على ثكنة … في ديورا" places the dated attack told before, which named no place
            boolean placesIt = e.ownDate() && e.date() != null && !e.vagueDate() && (e.location() == null || e.location().placeId() == null
                    || e.location().placeId().startsWith("country-"));
            boolean places = !d.ownPlace() || samePlace || placesIt;
            if (sameFamily(e, d) && dates && places) {
                return i;
            }
        }
        return -1;
    }

    /** Tolls below this are too common to tell two incidents apart. */
    static final int DISTINCT_TOLL = 10;

    private static boolean distinctToll(EventDraft e) {
        return e.fatalities() != null && e.fatalities() >= DISTINCT_TOLL;
    }

    /** A mention that adds nothing: no place of its own, no toll, no named attacker. */
    private static boolean bare(EventDraft d) {
        return !d.ownPlace() && d.fatalities() == null
                && (d.actor1() == null || d.actor1().category().equals("unidentified"));
    }

    /**
     * Both violent ("الهجوم" after an IED, a massacre after an attack), or the same kind of development: "الهدنة"
     * refers back to an agreement, not to a group's split told just before.
     */
    private static boolean sameFamily(EventDraft a, EventDraft b) {
        if (a.subType().type() == org.marsad.engine.model.EventType.STRATEGIC_DEVELOPMENTS) {
            return a.subType() == b.subType();
        }
        return a.subType().type() == b.subType().type() || (violent(a) && violent(b));
    }

    private static boolean violent(EventDraft d) {
        return d.subType().type() != org.marsad.engine.model.EventType.STRATEGIC_DEVELOPMENTS
                && d.subType().type() != org.marsad.engine.model.EventType.PROTESTS;
    }

    private static boolean sameIncident(EventDraft a, EventDraft b) {
        if (b.newItem() || a.summary()) {
            return false;
        }
        if (b.sentence() - a.lastSentence() > MAX_SENTENCE_GAP || b.sentence() == a.sentence() && b.ownDate()) {
            return false;
        }
        if (b.paragraph() - a.lastParagraph() > 1) {
            return false;
        }
        if (b.ownDate() && a.date() != null && !a.date().equals(b.date())) {
            return false;
        }
        if (b.ownDate() && a.date() == null) {
            return false;
        }
        // "مقهى كابوتشينو الذي هاجمه جهاديون في يناير 2016" recalled in passing: the undated story that follows,
        // dated to its own days, goes on about the news, not about the old attack
        if (!b.ownDate() && a.ownDate() && a.date() != null && b.date() != null && monthsApart(a.date(), b.date())) {
            return false;
        }
        if (a.ownPlace() && b.ownPlace() && a.location() != null && b.location() != null
                && a.location().placeId() != null && !a.location().placeId().equals(b.location().placeId())) {
            return false;
        }
        if (!compatible(a.actor1(), b.actor1()) && !compatible(a.actor1(), b.actor2())) {
            return false;
        }
        if (a.status() != b.status() && EventDraft.mergedStatus(a.status(), b.status()) != Status.REPORTED) {
            return false;
        }
        boolean sameType = a.subType() == b.subType();
        return sameType || b.priority() <= GENERIC_PRIORITY;
    }

    /** More than a month between the two spans: a recalled incident and the news of the day. */
    private static boolean monthsApart(TimeSpan x, TimeSpan y) {
        return x.end().plusDays(31).isBefore(y.start()) || y.end().plusDays(31).isBefore(x.start());
    }

    private static boolean compatible(Actor x, Actor y) {
        return x == null || y == null || x.category().equals("unidentified") || y.category().equals("unidentified")
                || EventDraft.same(x, y);
    }
}
