package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.AND;
import static org.marsad.engine.time.DateGrammar.RANGE_TO;
import static org.marsad.engine.time.DateGrammar.is;
import static org.marsad.engine.time.DateGrammar.isDayNumber;
import static org.marsad.engine.time.DateGrammar.numberValue;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/** Reads the end of a span of months after a month name, for {@link CalendarPhraseParser}. */
final class MonthSpanEndParser {
    private MonthSpanEndParser() {
    }

    /**
     * The end of a span after a month: "إلى سبتمبر", "إلى 3 أغسطس", "ومايو" (after بين only, since "3 أغسطس و5
     * سبتمبر" are two dates). The end has a day exactly when the start has one, and is another Gregorian month.
     * Returns a DateParse whose expression holds the end month and day.
     */
    static DateParse parseAt(AnalyzedText text, MatchIndex index, int p, MonthTerm start, boolean withDay,
                             boolean afterBetween) {
        int n = text.size();
        if (start.hijri() || p >= n) {
            return null;
        }
        int q = p;
        boolean linked = false;
        if (is(text.token(q), RANGE_TO) && (afterBetween || !text.token(q).is(AND))) {
            linked = true;
            q++;
        }
        Integer endDay = null;
        if (withDay) {
            if (q >= n || !isDayNumber(text.token(q))) {
                return null;
            }
            endDay = numberValue(text.token(q));
            q++;
        }
        TermMatch end = q < n ? index.longest(q, MonthTerm.class, "و") : null;
        if (end == null || (!linked && !(afterBetween && end.prefix().equals(AND)))) {
            return null;
        }
        MonthTerm mt = (MonthTerm) end.term();
        if (mt.hijri() || mt.month() == start.month()) {
            return null;
        }
        int r = end.end();
        // "إلى سبتمبر/ أيلول"
        while (r + 1 < n && text.token(r).is("/") && index.longest(r + 1, MonthTerm.class) != null
                && ((MonthTerm) index.longest(r + 1, MonthTerm.class).term()).month() == mt.month()) {
            r = index.longest(r + 1, MonthTerm.class).end();
        }
        return new DateParse(p, r, TimeExpression.calendar().withMonth(mt.month(), false).withDay(endDay));
    }
}
