package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.AND;
import static org.marsad.engine.time.DateGrammar.FROM;
import static org.marsad.engine.time.DateGrammar.HALF;
import static org.marsad.engine.time.DateGrammar.YEAR_WORDS;
import static org.marsad.engine.time.DateGrammar.is;
import static org.marsad.engine.time.DateGrammar.isYearNumber;
import static org.marsad.engine.time.DateGrammar.modifier;
import static org.marsad.engine.time.DateGrammar.skip;
import static org.marsad.engine.time.DateGrammar.numberValue;
import static org.marsad.engine.time.DateGrammar.yearAt;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/**
 * Reads a year alone: "عام 2023", "سنة 2022", "2023م", "في 2023", and a span of years "بين عامي 2020 و2022",
 * "بين عام 2022 والنصف الأول من عام 2023".
 */
final class YearAloneParser implements DatePhraseParser {
    /** "عام"/"سنة" or the year's digits. */
    @Override
    public int cues() {
        return DateCues.YEAR_WORD | DateCues.YEAR_NUMBER;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        if (is(t, YEAR_WORDS)) {
            DateParse y = yearAt(text, i);
            if (y != null) {
                int end = y.end();
                TermMatch era = modifier(index, end, "era");
                boolean hijri = false;
                if (era != null) {
                    hijri = "hijri".equals(((ModifierTerm) era.term()).value());
                    end = era.end();
                }
                TimeExpression e = y.expr();
                // "بين عام 2022 و2023", "بين عامي 2020 و2022", "بين عام 2022 والنصف الأول من عام 2023"
                if (end + 1 < n && text.token(end).is(AND) && isYearNumber(text.token(end + 1))) {
                    e = e.withEnds(numberValue(text.token(end + 1)), null, null);
                    end += 2;
                } else {
                    DateParse half = halfYearAfterAnd(text, index, end);
                    if (half != null) {
                        e = e.withEnds(half.expr().year(), half.expr().monthEnd(), null);
                        end = half.end();
                    }
                }
                return new DateParse(i, end, hijri ? e.withMonth(null, true) : e);
            }
        }
        if (isYearNumber(t)) {
            TermMatch era = modifier(index, i + 1, "era");
            // a bare number in the Hijri year range is a count ("في 1400 موقع") unless هـ follows
            boolean gregorian = numberValue(t) >= 1900;
            boolean cued = era != null || (gregorian && i > 0 && yearCue(text.token(i - 1).form()));
            if (cued) {
                int end = era != null ? era.end() : i + 1;
                boolean hijri = era != null && "hijri".equals(((ModifierTerm) era.term()).value());
                TimeExpression e = TimeExpression.calendar().withYear(numberValue(t));
                return new DateParse(i, end, hijri ? e.withMonth(null, true) : e);
            }
        }
        return null;
    }

    /** "والنصف الأول من عام 2023" at {@code p}: the year and the last month of that half (6 or 12) as monthEnd. */
    private static DateParse halfYearAfterAnd(AnalyzedText text, MatchIndex index, int p) {
        int n = text.size();
        int q = p;
        if (q < n && text.token(q).is(AND)) {
            q++;
        }
        if (q + 1 >= n || !(text.token(q).is(HALF) || text.token(q).is(AND + HALF))) {
            return null;
        }
        TermMatch ord = index.longest(q + 1, OrdinalTerm.class);
        if (ord == null || ord.length() != 1 || ((OrdinalTerm) ord.term()).value() > 2) {
            return null;
        }
        int r = skip(text, ord.end(), FROM);
        DateParse y = yearAt(text, r);
        if (y == null) {
            return null;
        }
        int lastMonth = ((OrdinalTerm) ord.term()).value() == 1 ? 6 : 12;
        return new DateParse(p, y.end(), TimeExpression.calendar().withYear(y.expr().year()).withEnds(null, lastMonth, null));
    }

    /** "في 2023", "ومنذ 2015", "وخلال 2022": a preposition, possibly with a conjunction, before a bare year. */
    private static boolean yearCue(String form) {
        String f = form.length() > 2 && (form.startsWith("و") || form.startsWith("ف")) ? form.substring(1) : form;
        return form.equals("في") || f.equals("منذ") || f.equals("خلال") || f.equals("حتي") || f.equals("في");
    }
}
