package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.RELATIVE_PREFIXES;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/**
 * Reads a relative phrase of the lexicon ("أمس"، "الأسبوع الماضي"، "بالأمس"), with the weekday that names the same
 * day ("اليوم السبت"، "أمس الإثنين").
 */
final class RelativePhraseParser implements DatePhraseParser {
    /** A relative phrase of the lexicon starts here. */
    @Override
    public int cues() {
        return DateCues.RELATIVE;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        TermMatch rel = index.longest(i, RelativeTerm.class, RELATIVE_PREFIXES);
        if (rel != null) {
            int end = rel.end();
            RelativeTerm r = (RelativeTerm) rel.term();
            // "اليوم السبت", "أمس الإثنين": the weekday names the same day, one expression
            if (r.unit() == TimeUnit.DAY && r.from() == r.to()) {
                int q = end < text.size() && text.token(end).is(",") ? end + 1 : end;
                TermMatch wd = q < text.size() ? index.longest(q, WeekdayTerm.class) : null;
                if (wd != null && text.token(wd.first()).form().startsWith("ال")) {
                    end = wd.end();
                }
            }
            return new DateParse(i, end, TimeExpression.relative(r));
        }
        return null;
    }
}
