package org.marsad.engine.events;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed classes of Arabic function words the event stage reads clauses with ({@code ar/events/clause-words.tsv}),
 * folded like the text, so a token's form is looked up as it is.
 */
public final class ClauseWords {
    /** What a class of words tells about the clause; each is explained in the knowledge file. */
    public enum Kind {
        TARGET, AGENT, ALLY, MEMBER, AFFILIATION, MASCULINE_HEAD, DUAL_SIDES, ONE_OF, CONNECTIVE, COMPLEMENTISER,
        RECALL_OPENER, PLUPERFECT, RIGHT_AFTER, SUMMING_UP, SEPARATE_NOUN, SAME, RELATIVE_PRONOUN, CIRCUMSTANCE,
        OWN_MEMBERS;

        /** The kind a row names: its label in lower case with hyphens ("dual-sides"). */
        public static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind of clause word '" + label + "'");
        }
    }

    private final Map<Kind, Set<String>> words;

    /** @param words the folded forms of each kind; a kind with no entry has no words */
    public ClauseWords(Map<Kind, Set<String>> words) {
        Map<Kind, Set<String>> copy = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            copy.put(k, Set.copyOf(words.getOrDefault(k, Set.of())));
        }
        this.words = copy;
    }

    /** Whether the folded token form {@code form} is a word of this kind. */
    boolean is(Kind kind, String form) {
        return words.get(kind).contains(form);
    }

    /** The folded forms of a kind, for tests and tools. */
    public Set<String> of(Kind kind) {
        return words.get(kind);
    }
}
