package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/** A weekday name; {@code isoDay} 1 is Monday, 7 Sunday. */
public record WeekdayTerm(int isoDay) implements Term {
}
