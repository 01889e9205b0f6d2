package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.FROM;
import static org.marsad.engine.time.DateGrammar.MONTH_WORDS;
import static org.marsad.engine.time.DateGrammar.is;
import static org.marsad.engine.time.DateGrammar.yearAt;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/** Reads a week of a month: "الأسبوع الثالث من سبتمبر", "الأسبوع الأخير من شهر يوليو". */
final class WeekOfMonthParser implements DatePhraseParser {
    static final String WEEK = "الاسبوع";
    private static final String LAST = "الاخير";

    /** Always opens with "الأسبوع". */
    @Override
    public int cues() {
        return DateCues.WEEK_DEF;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        if (t.is(WEEK) && i + 3 < n) {
            TermMatch ord = index.longest(i + 1, OrdinalTerm.class);
            boolean last = ord == null && text.token(i + 1).is(LAST);
            int afterOrdinal = ord != null ? ord.end() : last ? i + 2 : n;
            if (afterOrdinal < n - 1 && text.token(afterOrdinal).is(FROM)) {
                int m = afterOrdinal + 1;
                if (m < n - 1 && is(text.token(m), MONTH_WORDS)) {
                    m++;
                }
                TermMatch month = index.longest(m, MonthTerm.class);
                if (month != null) {
                    int p = month.end();
                    MonthTerm mt = (MonthTerm) month.term();
                    while (p + 1 < n && text.token(p).is("/") && index.longest(p + 1, MonthTerm.class) != null) {
                        p = index.longest(p + 1, MonthTerm.class).end();
                    }
                    TimeExpression e = TimeExpression.calendar().withMonth(mt.month(), mt.hijri())
                            .withWeekOfMonth(last ? -1 : ((OrdinalTerm) ord.term()).value());
                    DateParse y = yearAt(text, p);
                    if (y != null) {
                        e = e.withYear(y.expr().year());
                        p = y.end();
                    }
                    return new DateParse(i, p, e);
                }
            }
        }
        return null;
    }
}
