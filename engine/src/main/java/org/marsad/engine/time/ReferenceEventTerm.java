package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/** A cue naming a dated world event (the coup in Niger), used to infer when an undated article was written. */
public record ReferenceEventTerm(String id, TimeSpan date, String description) implements Term {
}
