package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/** An ordinal word (الرابع، الحادي والعشرين) used for days of the month and weeks. */
public record OrdinalTerm(int value) implements Term {
}
