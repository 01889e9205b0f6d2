package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/** A noun naming what an attack hit: armed forces (a base, a patrol) or civilians (a village, a market). */
public record TargetTerm(boolean civilian) implements Term {
}
