package org.marsad.engine.relations;

import java.util.Comparator;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.TimeSpan;

/**
 * One piece of evidence about the relation of a pair at a time, from one document.
 *
 * @param date      when the state is said to hold (or to begin, when {@code onset}); never null: the
 *                  publication date stands in when the text gives none ({@code dated} is then false)
 * @param dated     whether {@code date} comes from the text rather than from the publication date
 * @param onset     whether the text dates the beginning of the state ("concluded in February")
 * @param source    how it was found: {@link Source}
 * @param published the document's publication date, may be null; orders rumours and their denials
 * @param subject   what a rumour or denial is about, for matching them (the pair and state key by default)
 */
public record RelationObservation(ActorPair pair, RelationState state, TimeSpan date, boolean dated, boolean onset,
                                  Status status, double confidence, Source source, RelationEvidence evidence,
                                  TimeSpan published, String subject) {

    /** Where an observation comes from, strongest first. */
    public enum Source {
        /** A sentence states the relation (cue word between named actors). */
        STATEMENT,
        /** An event between the two (a clash: hostile; fighting side by side: cooperation). */
        EVENT,
        /** A name and its parent side by side ("فرع القاعدة", apposition), confirmed by the ontology. */
        APPOSITION,
        /** Both named in one sentence while the ontology links them. */
        ONTOLOGY,
        /** A claim in a run of claims by one side against the other (same paragraph). */
        CLAIM_SERIES,
        /** A reported silence: a side stopping publishing about the other. */
        SILENCE,
        /** A side's claims against the other stopping after a run of them while coverage continues. */
        CLAIM_RATE
    }

    public RelationObservation {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** Signals say a state is likely; they never establish it on their own. */
    public boolean isSignal() {
        return source == Source.SILENCE || source == Source.CLAIM_RATE || status == Status.SPECULATION;
    }

    /** Whether it can establish a state: reported or claimed, and not a signal. */
    public boolean establishes() {
        return !isSignal() && (status == Status.REPORTED || status == Status.CLAIMED);
    }

    /** A total order that does not depend on arrival: date, then document and offsets, then the rest. */
    public static final Comparator<RelationObservation> ORDER = Comparator
            .comparing((RelationObservation o) -> o.date().start())
            .thenComparing(o -> o.date().end())
            .thenComparing(RelationObservation::evidence)
            .thenComparing(o -> o.pair().key())
            .thenComparing(RelationObservation::state)
            .thenComparing(RelationObservation::status)
            .thenComparing(RelationObservation::source)
            .thenComparingDouble(RelationObservation::confidence);
}
