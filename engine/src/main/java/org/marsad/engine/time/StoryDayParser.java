package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.DAY_DEF;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/**
 * Reads a day of the story rather than of the publication: "اليوم التالي" (the next day), "ذلك اليوم" (that day,
 * which begins a token before the one read).
 */
final class StoryDayParser implements DatePhraseParser {
    private static final String NEXT_DAY = "التالي";

    /** Both shapes are read at "اليوم". */
    @Override
    public int cues() {
        return DateCues.TODAY;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        if (t.is(DAY_DEF) && i + 1 < n && text.token(i + 1).is(NEXT_DAY)) {
            return new DateParse(i, i + 2, TimeExpression.anaphoric(TimeUnit.DAY, 1));
        }
        if (t.is(DAY_DEF) && i > 0 && (text.token(i - 1).is("ذلك") || text.token(i - 1).is("هذا"))) {
            return new DateParse(i - 1, i + 1, TimeExpression.anaphoric(TimeUnit.DAY, 0));
        }
        return null;
    }
}
