package org.marsad.engine.relations;

import java.util.Locale;
import org.marsad.engine.lexicon.Term;

/**
 * A word of {@code ar/relations/relation-cues.tsv}: a relation statement, a parent link, or one of the words
 * that modify how a statement is read (onset, silence, negation, anaphora).
 *
 * @param state the state a statement, parent or silence cue names; null for the other kinds. A split is read
 *              as hostile.
 */
public record RelationCueTerm(Kind kind, RelationState state) implements Term {

    /** The kinds of the data file. */
    public enum Kind {
        STATEMENT, PARENT, ONSET, PUBLICATION, STOP, SILENCE, NEGATION, BEFORE, PAIR_ANAPHOR, TIME_ANAPHOR
    }

    /** Parses the kind and state columns; "split" is a hostile statement, "-" no state. */
    public static RelationCueTerm parse(String kind, String state) {
        Kind k;
        try {
            k = Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation cue kind '" + kind + "'");
        }
        String s = state.trim();
        RelationState st = s.isEmpty() || s.equals("-") ? null
                : s.equalsIgnoreCase("split") ? RelationState.HOSTILE : RelationState.fromLabel(s);
        if ((k == Kind.STATEMENT || k == Kind.PARENT || k == Kind.SILENCE) && st == null) {
            throw new IllegalArgumentException("a " + kind + " cue needs a state");
        }
        return new RelationCueTerm(k, st);
    }

    @Override
    public boolean allowsSuffix() {
        return kind == Kind.STATEMENT;
    }
}
