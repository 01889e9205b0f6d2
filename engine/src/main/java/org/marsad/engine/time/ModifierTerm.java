package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/**
 * A word that modifies a date: its kind (direction, part, unit, relation, era, daypart, day-word) and value
 * (past/current/next, early/mid/late, day/week/month/year, before/after/since/…, hijri/gregorian …).
 */
public record ModifierTerm(String kind, String value) implements Term {
    public boolean is(String k, String v) {
        return kind.equals(k) && value.equals(v);
    }
}
