package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/**
 * A noun naming what an attack hit: armed forces (a base, a patrol) or civilians (a village, a market).
 *
 * @param person a plain "persons" ("شخصا"): civilians when the news reports it, but in a group's own claim the
 *               persons it says it killed are its enemies
 */
public record TargetTerm(boolean civilian, boolean person) implements Term {
    public TargetTerm(boolean civilian) {
        this(civilian, false);
    }
}
