package org.marsad.engine.numbers;

import org.marsad.engine.lexicon.Term;

/** A dual noun that carries its own number ("جنديين": two soldiers). */
public record DualNounTerm(long value) implements Term {
}
