package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/** A word saying what happened to counted people: killed, wounded, missing, captured. */
public record FatalityCueTerm(Kind kind) implements Term {

    /** What the number next to the word counts. */
    public enum Kind {
        KILLED, WOUNDED, MISSING, CAPTURED;

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
