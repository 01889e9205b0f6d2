package org.marsad.engine.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.engine.model.ContentId;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.TimeSpan;

/**
 * The relation of one pair of actors over time, built from observations. Immutable: {@link #record} returns a
 * new timeline. The segments depend only on the set of observations (kept in {@link RelationObservation#ORDER}),
 * never on the order they arrived in.
 *
 * <p>How segments are made:
 * <ol>
 *   <li>Affiliation is one segment per pair, child before parent; it coexists with every other state.</li>
 *   <li>For hostile, truce, cooperation and alliance, the establishing observations (reported or claimed, not
 *       signals) of a state form runs in date order; an observation of an opposing state (hostile against the
 *       three others) closes a run. A closed run ends ({@code to}) at its last evidence. A run that follows an
 *       opposing one gets a change window: from the last evidence of the opposing state to its own first
 *       establishing evidence.</li>
 *   <li>Contradictions: within a run, texts that date the onset of the state ("concluded in February",
 *       "entered into force on 8 September") are grouped by date ({@value #SAME_ACCOUNT_DAYS} days); an onset
 *       more than that after the run's start, from documents that did not give the first dating, becomes its
 *       own segment with its sources, and the two are linked as contradicting each other.</li>
 *   <li>Signals (reported silences, stopped claims, speculation) never open a state while an established one
 *       follows: they join the next segment of their state as evidence of the change window; alone, they make
 *       a segment with status speculation.</li>
 *   <li>Rumours: a rumour later denied (same pair and state, a denial published later or later in the text)
 *       is one segment with status denied and both evidences; a rumour a later report confirms joins that
 *       report's segment; otherwise a rumour or a denial is a segment of its own.</li>
 * </ol>
 */
public final class RelationTimeline {
    static final int SAME_ACCOUNT_DAYS = 31;
    /**
     * States follow each other by the latest day their evidence can refer to: "since the end of last year"
     * (a year) comes after a clash of 15 July of that year, not before it.
     */
    private static final Comparator<RelationObservation> BY_END = Comparator
            .comparing((RelationObservation o) -> o.date().end()).thenComparing(RelationObservation.ORDER);
    public static final RelationTimeline EMPTY = new RelationTimeline(null, new TreeSet<>(RelationObservation.ORDER), null);

    private final ActorPair pair;
    private final TreeSet<RelationObservation> observations;
    private final LocalDate coverageEnd;

    private RelationTimeline(ActorPair pair, TreeSet<RelationObservation> observations, LocalDate coverageEnd) {
        this.pair = pair;
        this.observations = observations;
        this.coverageEnd = coverageEnd;
    }

    /** This timeline with one more observation (of the same pair, whatever its order). */
    public RelationTimeline record(RelationObservation o) {
        ActorPair key = o.pair().unordered();
        if (pair != null && !pair.equals(key)) {
            throw new IllegalArgumentException("observation of " + key.key() + " recorded on the timeline of " + pair.key());
        }
        TreeSet<RelationObservation> next = new TreeSet<>(observations);
        next.add(o);
        return new RelationTimeline(key, next, later(coverageEnd, o.date().end()));
    }

    /** This timeline knowing the input goes on until {@code date} (for stopped-claim signals). */
    public RelationTimeline coveredUntil(LocalDate date) {
        return new RelationTimeline(pair, observations, later(coverageEnd, date));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (b.isAfter(a) ? b : a);
    }

    public ActorPair pair() {
        return pair;
    }

    public List<RelationObservation> observations() {
        return List.copyOf(observations);
    }

    /** One timeline per pair of actors, in pair order, each covered until the last date of the whole input. */
    public static List<RelationTimeline> byPair(Collection<RelationObservation> all) {
        LocalDate end = null;
        Map<ActorPair, RelationTimeline> map = new TreeMap<>();
        for (RelationObservation o : all) {
            end = later(end, o.date().end());
            map.merge(o.pair().unordered(), EMPTY.record(o), (x, y) -> x.record(o));
        }
        List<RelationTimeline> out = new ArrayList<>();
        for (RelationTimeline t : map.values()) {
            out.add(t.coveredUntil(end));
        }
        return out;
    }

    /** Every segment of every pair, pairs in order. */
    public static List<RelationSegment> segmentsOf(Collection<RelationObservation> all) {
        List<RelationSegment> out = new ArrayList<>();
        for (RelationTimeline t : byPair(all)) {
            out.addAll(t.segments());
        }
        return List.copyOf(out);
    }

    /** The segments of this pair, sorted by state and start. */
    public List<RelationSegment> segments() {
        List<RelationObservation> obs = new ArrayList<>(observations);
        obs.addAll(ClaimRateSignals.derive(observations, coverageEnd));
        obs.sort(RelationObservation.ORDER);
        List<RelationSegment> out = new ArrayList<>();
        affiliation(obs, out);
        List<RelationObservation> rumours = new ArrayList<>();
        List<RelationObservation> signals = new ArrayList<>();
        for (RelationObservation o : obs) {
            if (o.state() == RelationState.AFFILIATION) {
                continue;
            }
            if (o.status() == Status.RUMOR || o.status() == Status.DENIED) {
                rumours.add(o);
            } else if (!o.establishes()) {
                signals.add(o);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (RelationState state : List.of(RelationState.HOSTILE, RelationState.TRUCE, RelationState.COOPERATION, RelationState.ALLIANCE)) {
            runs.addAll(runs(obs, state));
        }
        attachSignals(runs, signals, out);
        attachRumours(runs, rumours, out);
        for (Run r : runs) {
            out.addAll(r.segments());
        }
        out.sort(Comparator.comparing((RelationSegment s) -> s.state().ordinal())
                .thenComparing(s -> s.from() == null ? LocalDate.MIN : s.from().start())
                .thenComparing(RelationSegment::id));
        return List.copyOf(out);
    }

    private void affiliation(List<RelationObservation> obs, List<RelationSegment> out) {
        Map<ActorPair, List<RelationObservation>> byDirection = new LinkedHashMap<>();
        for (RelationObservation o : obs) {
            if (o.state() == RelationState.AFFILIATION) {
                byDirection.computeIfAbsent(o.pair(), k -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<ActorPair, List<RelationObservation>> e : byDirection.entrySet()) {
            List<RelationObservation> l = e.getValue();
            TimeSpan from = l.stream().filter(RelationObservation::dated).map(RelationObservation::date).findFirst().orElse(null);
            out.add(segment(e.getKey(), RelationState.AFFILIATION, from, null, null, null, best(l), l, ""));
        }
    }

    /** A run of establishing observations of one state, closed by an opposing one or still open. */
    private final class Run {
        final RelationState state;
        final List<RelationObservation> establishing = new ArrayList<>();
        final List<RelationObservation> extra = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        RelationObservation windowStart;
        boolean closed;

        Run(RelationState state, RelationObservation windowStart) {
            this.state = state;
            this.windowStart = windowStart;
        }

        /** First evidence dated by the text, else the first evidence (dated by its publication). */
        TimeSpan from() {
            return establishing.stream().filter(RelationObservation::dated).findFirst().orElse(establishing.get(0)).date();
        }

        TimeSpan last() {
            return establishing.stream().filter(RelationObservation::dated).reduce((x, y) -> y).orElse(establishing.get(0)).date();
        }

        List<RelationSegment> segments() {
            establishing.sort(BY_END);
            // each document's account of the onset: the earliest onset it dates
            Map<String, RelationObservation> onsetByDoc = new TreeMap<>();
            for (RelationObservation o : establishing) {
                if (o.onset() && o.dated()) {
                    onsetByDoc.putIfAbsent(o.evidence().docId(), o);
                }
            }
            LocalDate start = from().start();
            List<RelationObservation> primary = new ArrayList<>(establishing);
            List<List<RelationObservation>> alternatives = new ArrayList<>();
            java.util.Set<String> firstDocs = new java.util.TreeSet<>();
            for (RelationObservation o : establishing) {
                if (o.dated() && o.date().start().toEpochDay() - start.toEpochDay() <= SAME_ACCOUNT_DAYS) {
                    firstDocs.add(o.evidence().docId());
                }
            }
            List<RelationObservation> lateOnsets = new ArrayList<>();
            for (RelationObservation o : onsetByDoc.values()) {
                if (o.date().start().toEpochDay() - start.toEpochDay() > SAME_ACCOUNT_DAYS && !firstDocs.contains(o.evidence().docId())) {
                    lateOnsets.add(o);
                }
            }
            lateOnsets.sort(RelationObservation.ORDER);
            for (RelationObservation o : lateOnsets) {
                List<RelationObservation> acc = alternatives.isEmpty() ? null : alternatives.get(alternatives.size() - 1);
                if (acc == null || o.date().start().toEpochDay() - acc.get(0).date().start().toEpochDay() > SAME_ACCOUNT_DAYS) {
                    acc = new ArrayList<>();
                    alternatives.add(acc);
                }
                acc.add(o);
            }
            for (List<RelationObservation> acc : alternatives) {
                primary.removeAll(acc);
            }
            List<RelationObservation> ev = new ArrayList<>(primary);
            ev.addAll(extra);
            ev.sort(RelationObservation.ORDER);
            TimeSpan to = closed ? last() : null;
            TimeSpan ws = windowStart == null ? null : windowStart.date();
            TimeSpan we = windowStart == null ? null : from();
            RelationSegment main = segment(pair, state, from(), to, ws, we, best(primary), ev, String.join("; ", notes));
            List<RelationSegment> out = new ArrayList<>();
            out.add(main);
            List<String> altIds = new ArrayList<>();
            for (List<RelationObservation> acc : alternatives) {
                String note = "dated differently by " + docs(acc) + " than by " + String.join(", ", firstDocs);
                RelationSegment alt = segment(pair, state, acc.get(0).date(), to, null, null, best(acc), acc, note)
                        .withContradicts(List.of(main.id()));
                altIds.add(alt.id());
                out.add(alt);
            }
            if (!altIds.isEmpty()) {
                out.set(0, main.withContradicts(altIds));
            }
            return out;
        }
    }

    /**
     * Runs of one state. Only evidence dated by the text orders states and closes runs; evidence dated by its
     * publication only joins the run that already holds evidence from its document, else the run in force at
     * its publication, else one run of such evidence of its own.
     */
    private List<Run> runs(List<RelationObservation> obs, RelationState state) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        RelationObservation lastOpposing = null;
        List<RelationObservation> undated = new ArrayList<>();
        List<RelationObservation> byEnd = new ArrayList<>(obs);
        byEnd.sort(BY_END);
        for (RelationObservation o : byEnd) {
            if (!o.establishes()) {
                continue;
            }
            if (!o.dated()) {
                if (o.state() == state) {
                    undated.add(o);
                }
                continue;
            }
            if (o.state().opposes(state)) {
                lastOpposing = o;
                if (current != null) {
                    current.closed = true;
                    current = null;
                }
            } else if (o.state() == state) {
                if (current == null) {
                    current = new Run(state, lastOpposing);
                    runs.add(current);
                }
                current.establishing.add(o);
            }
        }
        Run own = null;
        for (RelationObservation o : undated) {
            Run target = null;
            for (Run r : runs) {
                if (r != own && r.establishing.stream().anyMatch(x -> x.evidence().docId().equals(o.evidence().docId()))) {
                    target = r;
                    break;
                }
            }
            for (Run r : runs) {
                if (target == null && r != own && !o.date().start().isBefore(r.from().start())
                        && (!r.closed || !o.date().start().isAfter(r.last().end()))) {
                    target = r;
                }
            }
            if (target == null) {
                if (own == null) {
                    own = new Run(state, null);
                }
                target = own;
            }
            target.establishing.add(o);
        }
        if (own != null) {
            runs.add(own);
        }
        return runs;
    }

    private void attachSignals(List<Run> runs, List<RelationObservation> signals, List<RelationSegment> out) {
        Map<RelationState, List<RelationObservation>> alone = new TreeMap<>();
        for (RelationObservation s : signals) {
            Run target = null;
            for (Run r : runs) {
                if (r.state == s.state() && !r.from().start().isBefore(s.date().start())
                        && (target == null || r.from().start().isBefore(target.from().start()))) {
                    target = r;
                }
                if (r.state == s.state() && target == null && !s.date().start().isBefore(r.from().start())
                        && (!r.closed || !s.date().start().isAfter(r.last().end()))) {
                    target = r;
                }
            }
            if (target != null) {
                target.extra.add(s);
            } else {
                alone.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Run r : runs) {
            if (r.extra.stream().anyMatch(o -> o.date().start().isBefore(r.from().start()))) {
                r.notes.add("signals before the first report: " + r.extra.stream()
                        .filter(o -> o.date().start().isBefore(r.from().start()))
                        .map(o -> o.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + o.date().iso())
                        .distinct().toList());
            }
        }
        for (Map.Entry<RelationState, List<RelationObservation>> e : alone.entrySet()) {
            List<RelationObservation> l = e.getValue();
            out.add(segment(pair, e.getKey(), l.get(0).date(), null, null, null, Status.SPECULATION, l,
                    "only signals: " + docs(l)));
        }
    }

    private void attachRumours(List<Run> runs, List<RelationObservation> rumours, List<RelationSegment> out) {
        List<RelationObservation> used = new ArrayList<>();
        for (RelationObservation r : rumours) {
            if (r.status() != Status.RUMOR || used.contains(r)) {
                continue;
            }
            RelationObservation denial = null;
            for (RelationObservation d : rumours) {
                if (d.status() == Status.DENIED && !used.contains(d) && d.subject().equals(r.subject()) && after(d, r)) {
                    denial = d;
                    break;
                }
            }
            if (denial != null) {
                used.add(r);
                used.add(denial);
                out.add(segment(pair, r.state(), r.date(), null, null, null, Status.DENIED, List.of(r, denial),
                        "rumour in " + r.evidence().docId() + ", later denied in " + denial.evidence().docId()));
                continue;
            }
            for (Run run : runs) {
                if (run.state == r.state() && run.establishing.stream().anyMatch(o -> after(o, r))) {
                    run.extra.add(r);
                    run.notes.add("rumour in " + r.evidence().docId() + " later confirmed");
                    used.add(r);
                    break;
                }
            }
        }
        for (RelationObservation o : rumours) {
            if (!used.contains(o)) {
                out.add(segment(pair, o.state(), o.date(), null, null, null, o.status(), List.of(o), ""));
            }
        }
    }

    /** Whether {@code later} came after {@code earlier}: published later, or later in the same document. */
    private static boolean after(RelationObservation later, RelationObservation earlier) {
        if (later.evidence().docId().equals(earlier.evidence().docId())) {
            return later.evidence().span().start() > earlier.evidence().span().start();
        }
        if (later.published() != null && earlier.published() != null) {
            return later.published().start().isAfter(earlier.published().start());
        }
        return later.date().start().isAfter(earlier.date().start());
    }

    private static Status best(List<RelationObservation> l) {
        boolean claimed = false;
        for (RelationObservation o : l) {
            if (o.establishes() && o.status() == Status.REPORTED) {
                return Status.REPORTED;
            }
            claimed |= o.establishes() && o.status() == Status.CLAIMED;
        }
        return claimed ? Status.CLAIMED : Status.SPECULATION;
    }

    private static String docs(List<RelationObservation> l) {
        return String.join(", ", l.stream().map(o -> o.evidence().docId()).distinct().sorted().toList());
    }

    private static RelationSegment segment(ActorPair pair, RelationState state, TimeSpan from, TimeSpan to, TimeSpan ws,
                                           TimeSpan we, Status status, List<RelationObservation> evidence, String note) {
        double miss = 1;
        for (RelationObservation o : evidence) {
            miss *= 1 - o.confidence();
        }
        double confidence = Math.min(0.99, Math.round((1 - miss) * 100) / 100.0);
        if (status == Status.DENIED) {
            confidence = evidence.stream().mapToDouble(RelationObservation::confidence).max().orElse(0);
        }
        RelationObservation first = evidence.get(0);
        String id = "rel-" + ContentId.of(pair.key() + "|" + state.label() + "|" + status.label() + "|" + (from == null ? "" : from.iso())
                + "|" + first.evidence().docId() + "|" + first.evidence().span().start());
        return new RelationSegment(id, pair, state, from, to, ws, we, status, confidence, evidence, List.of(), note);
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof RelationTimeline t && Objects.equals(pair, t.pair) && observations().equals(t.observations())
                && Objects.equals(coverageEnd, t.coverageEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pair, observations(), coverageEnd);
    }
}
