package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/**
 * A word saying what happened to counted people: killed, wounded, missing, captured; or a word that opens a
 * breakdown of a toll already counted ("بينهم", "منهم": among them).
 */
public record FatalityCueTerm(Kind kind) implements Term {

    /** What the number next to the word counts. */
    public enum Kind {
        KILLED, WOUNDED, MISSING, CAPTURED, SUBSET;

        public static Kind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fatality cue kind '" + s + "'");
            }
        }
    }

    @Override
    public boolean allowsSuffix() {
        return true;
    }
}
