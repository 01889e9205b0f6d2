package org.marsad.engine.numbers;

import org.marsad.engine.lexicon.Term;

/** A vague quantity word with ACLED's conservative reading: عشرات (tens) is 10, مئات (hundreds) is 100. */
public record VagueQuantityTerm(long value) implements Term {
}
