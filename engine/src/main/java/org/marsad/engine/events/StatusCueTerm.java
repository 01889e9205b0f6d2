package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/** A cue of how an event is known, or that a statement is no event (see {@code ar/events/status-cues.tsv}). */
public record StatusCueTerm(Cue cue) implements Term {

    /**
     * Media, sources, rumours and conjectures are nouns and take the article ("النشرة", "الشائعات"); the other cues
     * are verbs and particles, which never do ("بالكذب" is "the lie", not "he denied").
     */
    @Override
    public boolean allowsArticle() {
        return cue == Cue.CLAIM_MEDIUM || cue == Cue.INDEPENDENT_SOURCE || cue == Cue.RUMOR || cue == Cue.SPECULATION;
    }

    /** The cue kinds of the data file. */
    public enum Cue {
        CLAIM, CLAIM_MEDIUM, SAY, ACCORDING_TO, INDEPENDENT_SOURCE, RUMOR, SPECULATION, HEDGE, DENIAL, NEGATION, HYPOTHETICAL,
        QUESTION, PLANNED;

        public static Cue parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown cue '" + s + "'");
            }
        }
    }
}
