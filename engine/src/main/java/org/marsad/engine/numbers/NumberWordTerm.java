package org.marsad.engine.numbers;

import org.marsad.engine.lexicon.Term;

/** A cardinal number word: its value and grammatical kind (unit, ten, tens, hundred, thousand, million). */
public record NumberWordTerm(long value, NumberWordKind kind) implements Term {
}
