package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.DAY_DEF;
import static org.marsad.engine.time.DateGrammar.MONTH_DEF;
import static org.marsad.engine.time.DateGrammar.SAME;
import static org.marsad.engine.time.DateGrammar.SAME_BEFORE;
import static org.marsad.engine.time.DateGrammar.is;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/** Reads the same day or month as the previous date: "نفس اليوم", "ذات اليوم", "اليوم نفسه", "الشهر نفسه". */
final class SameUnitParser implements DatePhraseParser {
    /** "نفس"/"ذات" before the unit, or "اليوم"/"الشهر" before "نفسه". */
    @Override
    public int cues() {
        return DateCues.SAME_BEFORE | DateCues.TODAY | DateCues.MONTH_DEF;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        if (is(t, SAME_BEFORE) && i + 1 < n && (text.token(i + 1).is(DAY_DEF) || text.token(i + 1).is(MONTH_DEF))) {
            return new DateParse(i, i + 2, TimeExpression.anaphoric(text.token(i + 1).is(DAY_DEF) ? TimeUnit.DAY : TimeUnit.MONTH, 0));
        }
        if ((t.is(DAY_DEF) || t.is(MONTH_DEF)) && i + 1 < n && is(text.token(i + 1), SAME)) {
            return new DateParse(i, i + 2, TimeExpression.anaphoric(t.is(DAY_DEF) ? TimeUnit.DAY : TimeUnit.MONTH, 0));
        }
        return null;
    }
}
