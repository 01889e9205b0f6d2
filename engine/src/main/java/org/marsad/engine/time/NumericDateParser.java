package org.marsad.engine.time;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/** Reads a date written in digits: 17/08/2024, 2024-08-17, 23/مارس/2019. */
final class NumericDateParser implements DatePhraseParser {
    static final String[] SEPARATORS = {"/", "-", "."};

    /** Digits and a separator open a numeric date. */
    @Override
    public int cues() {
        return DateCues.DIGITS_BEFORE_SEPARATOR;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        if (!text.token(i).isNumber() || i + 4 >= n) {
            return null;
        }
        Token a = text.token(i);
        Token s1 = text.token(i + 1);
        Token b = text.token(i + 2);
        Token s2 = text.token(i + 3);
        Token c = text.token(i + 4);
        boolean seps = s1.isPunct() && s2.isPunct() && s1.form().equals(s2.form())
                && DateGrammar.is(s1, SEPARATORS);
        if (!seps || !c.isNumber()) {
            return null;
        }
        Integer month = null;
        if (b.isNumber()) {
            // at most two digits: a longer run is no month, and would overflow an int
            month = b.form().length() <= 2 ? Integer.parseInt(b.form()) : null;
        } else {
            TermMatch m = index.longest(i + 2, MonthTerm.class);
            if (m != null && m.length() == 1 && !((MonthTerm) m.term()).hijri()) {
                month = ((MonthTerm) m.term()).month();
            }
        }
        if (month == null || month < 1 || month > 12) {
            return null;
        }
        int x = Integer.parseInt(a.form().length() > 4 ? "0" : a.form());
        int z = Integer.parseInt(c.form().length() > 4 ? "0" : c.form());
        int day;
        int year;
        if (a.form().length() == 4 && c.form().length() <= 2) {
            year = x;
            day = z;
        } else if (c.form().length() == 4 && a.form().length() <= 2) {
            year = z;
            day = x;
        } else {
            return null;
        }
        if (day < 1 || day > 31 || year < 1900 || year > 2100) {
            return null;
        }
        return new DateParse(i, i + 5, TimeExpression.calendar().withYear(year).withMonth(month, false).withDay(day));
    }
}
