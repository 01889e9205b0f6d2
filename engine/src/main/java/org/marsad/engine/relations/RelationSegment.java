package org.marsad.engine.relations;

import java.util.List;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.TimeSpan;

/**
 * A stretch of time during which a pair is in one state, as the evidence supports it.
 *
 * @param id          stable across runs and input order: a hash of the pair, state and first evidence
 * @param pair        the two actors; for affiliation ordered child, parent
 * @param from        first evidence of the state (or the onset the text dates), null when only undated
 * @param to          last evidence before an opposing state took over; null while the state is still open
 * @param windowStart last evidence of the opposing state before this one, null when there is none: the
 *                    change happened between {@code windowStart} and {@code windowEnd}
 * @param windowEnd   first evidence establishing this state (equals {@code from} when there is a window)
 * @param status      reported or claimed for established states; speculation when only signals support it;
 *                    rumor, or denied for a rumour a later source denied
 * @param confidence  0 to 1, combined from the observations (noisy-or)
 * @param evidence    every observation behind the segment, in date order (signals included)
 * @param contradicts ids of segments that date the same state differently, from other sources
 * @param note        the story of the segment in a few words (rumour denied by whom, signals), may be empty
 */
public record RelationSegment(String id, ActorPair pair, RelationState state, TimeSpan from, TimeSpan to,
                              TimeSpan windowStart, TimeSpan windowEnd, Status status, double confidence,
                              List<RelationObservation> evidence, List<String> contradicts, String note) {
    public RelationSegment {
        evidence = List.copyOf(evidence);
        contradicts = List.copyOf(contradicts);
    }

    public RelationSegment withContradicts(List<String> ids) {
        return new RelationSegment(id, pair, state, from, to, windowStart, windowEnd, status, confidence, evidence, ids, note);
    }

    /** The documents the evidence comes from, sorted. */
    public List<String> sources() {
        return evidence.stream().map(o -> o.evidence().docId()).distinct().sorted().toList();
    }
}
