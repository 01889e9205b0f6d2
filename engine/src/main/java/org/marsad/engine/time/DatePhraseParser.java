package org.marsad.engine.time;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.text.AnalyzedText;

/**
 * One shape of date expression, read at a token; {@link DateRecognizer} tries the shapes in a fixed order and
 * keeps the first that reads something.
 */
interface DatePhraseParser {
    /**
     * The {@link DateCues} bits of which the token at the start must have at least one for this shape to be read
     * there: a necessary condition, so that the recogniser need not call {@link #parseAt} where it would be null.
     * A shape taught to open with something new must say so here (adding a cue to {@link DateCues} if none
     * fits), or it is never asked there.
     */
    int cues();

    /**
     * The expression read at token {@code i}, or null when this shape is not there. The expression usually
     * begins at {@code i} but may begin a token earlier or later ("ذلك اليوم", the eve of a holiday on the 1st).
     */
    DateParse parseAt(AnalyzedText text, MatchIndex index, int i);
}
