package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.is;
import static org.marsad.engine.time.DateGrammar.modifier;
import static org.marsad.engine.time.DateGrammar.parseDirection;
import static org.marsad.engine.time.DateGrammar.yearAt;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/**
 * Reads a holiday: "يوم عيد الميلاد", "عيد الفطر 1445 هـ", "عيد الأضحى الماضي", "عشية عيد الميلاد" (the day before;
 * not for a holiday on the 1st, whose eve is in another month). The year comes from the text or the anchor.
 */
final class HolidayPhraseParser implements DatePhraseParser {
    /** "عشية عيد الميلاد": the day before the holiday. */
    static final String EVE = "عشيه";
    /** Words that may stand before a holiday's name and belong to the date: "يوم عيد الميلاد", "ليلة القدر". */
    static final String[] HOLIDAY_LEAD = {"يوم", "ليله"};

    /** A holiday's name, or a word that leads one ("يوم", "ليلة", "عشية"). */
    @Override
    public int cues() {
        return DateCues.HOLIDAY | DateCues.HOLIDAY_LEAD;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        TermMatch h = index.longest(i, HolidayTerm.class, "و", "ب", "ف");
        boolean eve = false;
        if (h == null && i + 1 < n && (is(text.token(i), HOLIDAY_LEAD) || text.token(i).is(EVE))) {
            h = index.longest(i + 1, HolidayTerm.class);
            eve = text.token(i).is(EVE);
        }
        if (h == null) {
            return null;
        }
        HolidayTerm ht = (HolidayTerm) h.term();
        int day = ht.day();
        int first = i;
        if (eve) {
            if (day == 1) {
                first = i + 1;
            } else {
                day--;
            }
        }
        TimeExpression e = TimeExpression.calendar().withMonth(ht.month(), ht.hijri()).withDay(day);
        int p = h.end();
        DateParse y = yearAt(text, p);
        if (y != null) {
            e = e.withYear(y.expr().year());
            p = y.end();
            TermMatch era = modifier(index, p, "era");
            if (era != null) {
                p = era.end();
            }
        }
        TermMatch dir = modifier(index, p, "direction");
        if (dir != null) {
            e = e.withDirection(parseDirection(((ModifierTerm) dir.term()).value()));
            p = dir.end();
        }
        return new DateParse(first, p, e);
    }
}
