package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.DAY_DEF;
import static org.marsad.engine.time.DateGrammar.FROM;
import static org.marsad.engine.time.DateGrammar.HALF;
import static org.marsad.engine.time.DateGrammar.MONTH_DEF;
import static org.marsad.engine.time.DateGrammar.MONTH_WORDS;
import static org.marsad.engine.time.DateGrammar.RANGE_TO;
import static org.marsad.engine.time.DateGrammar.RELATIVE_PREFIXES;
import static org.marsad.engine.time.DateGrammar.SAME;
import static org.marsad.engine.time.DateGrammar.YEAR_WORDS;
import static org.marsad.engine.time.DateGrammar.is;
import static org.marsad.engine.time.DateGrammar.isDayNumber;
import static org.marsad.engine.time.DateGrammar.modifier;
import static org.marsad.engine.time.DateGrammar.parseDirection;
import static org.marsad.engine.time.DateGrammar.skip;
import static org.marsad.engine.time.DateGrammar.numberValue;
import static org.marsad.engine.time.DateGrammar.yearAt;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;
import org.marsad.engine.time.TimeExpression.Direction;
import org.marsad.engine.time.TimeExpression.Part;

/**
 * Reads a calendar phrase: [part] [weekday] [day|ordinal [من]] [–day] month[/month] [إلى [day] month] [year] [era]
 * [direction], as in "منتصف مارس"، "يوم الخميس 23 نوفمبر 2023"، "من 28 يوليو إلى 3 أغسطس"، "الفاتح نوفمبر"،
 * "أغسطس/ آب الماضي"; also a weekday alone ("يوم الأحد"، "الأحد الماضي") and a part of a year ("أواخر 2022").
 */
final class CalendarPhraseParser implements DatePhraseParser {
    private static final String BETWEEN = "بين";

    /**
     * Everything the phrase may open with: a listed relative phrase, a part (or "النصف"), "يوم"/"اليوم" before
     * a weekday, a weekday, a day (digits before the month or an ordinal), "شهر", or the month itself.
     */
    @Override
    public int cues() {
        return DateCues.RELATIVE_PHRASE | DateCues.PART | DateCues.HALF | DateCues.DAY_BEFORE_WEEKDAY | DateCues.WEEKDAY
                | DateCues.DAY_BEFORE_MONTH | DateCues.ORDINAL | DateCues.MONTH_WORD | DateCues.MONTH;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        TermMatch whole = index.longest(i, RelativeTerm.class, RELATIVE_PREFIXES);
        if (whole != null && whole.length() > 1) {
            // a listed phrase such as "نهاية الأسبوع الماضي" wins over its parts
            return new DateParse(i, whole.end(), TimeExpression.relative((RelativeTerm) whole.term()));
        }
        int p = i;
        TimeExpression e = TimeExpression.calendar();
        boolean anything = false;

        // part of a month or year: مطلع / منتصف / أواخر … ; "النصف الأول من"
        TermMatch part = modifier(index, p, "part");
        if (part != null) {
            e = e.withPart(parsePart(((ModifierTerm) part.term()).value()));
            p = part.end();
            p = skip(text, p, FROM);
        } else if (p + 2 < n && text.token(p).is(HALF)) {
            TermMatch ord = index.longest(p + 1, OrdinalTerm.class);
            if (ord != null && ord.length() == 1) {
                int v = ((OrdinalTerm) ord.term()).value();
                if (v == 1 || v == 2) {
                    e = e.withPart(v == 1 ? Part.FIRST_HALF : Part.SECOND_HALF);
                    p = skip(text, ord.end(), FROM);
                }
            }
        }
        boolean hasPart = e.part() != Part.NONE;
        if (hasPart) {
            // "نهاية الشهر الجاري", "نهاية العام الماضي": a part of a relative unit
            TermMatch rel = index.longest(p, RelativeTerm.class);
            if (rel != null) {
                RelativeTerm r = (RelativeTerm) rel.term();
                return new DateParse(i, rel.end(), TimeExpression.relative(r).withPart(e.part()));
            }
            if (p + 1 < n && (text.token(p).is(MONTH_DEF) || is(text.token(p), YEAR_WORDS)) && is(text.token(p + 1), SAME)) {
                TimeUnit unit = text.token(p).is(MONTH_DEF) ? TimeUnit.MONTH : TimeUnit.YEAR;
                return new DateParse(i, p + 2, TimeExpression.anaphoric(unit, 0).withPart(e.part()));
            }
        }
        // "يوم" + weekday; "اليوم الخميس 23 نوفمبر": today's date written out (without a date "اليوم" is relative)
        int weekdayStart = p;
        boolean today = false;
        if (p < n && (text.token(p).is("يوم") || text.token(p).is(DAY_DEF)) && p + 1 < n
                && index.longest(p + 1, WeekdayTerm.class, "و", "ب") != null) {
            today = text.token(p).is(DAY_DEF);
            p++;
        }
        TermMatch wd = p < n ? index.longest(p, WeekdayTerm.class, "و", "ب") : null;
        if (wd != null) {
            e = e.withWeekday(((WeekdayTerm) wd.term()).isoDay());
            p = wd.end();
            p = skip(text, p, ",");
        } else {
            p = weekdayStart;
        }
        // day of month, as digits or an ordinal followed by من
        Integer day = null;
        int dayToken = p;
        boolean bareOrdinal = false;
        if (p < n && isDayNumber(text.token(p))) {
            day = numberValue(text.token(p));
            p++;
        } else if (p + 1 < n) {
            TermMatch ord = index.longest(p, OrdinalTerm.class);
            if (ord != null && ord.end() < n && text.token(ord.end()).is(FROM)) {
                day = ((OrdinalTerm) ord.term()).value();
                p = ord.end() + 1;
            } else if (ord != null && ord.end() < n && index.longest(ord.end(), MonthTerm.class) != null) {
                // "الفاتح نوفمبر", "فاتح ماي": an ordinal in construct with the month
                day = ((OrdinalTerm) ord.term()).value();
                p = ord.end();
                bareOrdinal = true;
            }
        }
        Integer dayEnd = null;
        if (day != null && p + 1 < n && is(text.token(p), RANGE_TO) && isDayNumber(text.token(p + 1))) {
            int end = numberValue(text.token(p + 1));
            if (end > day) {
                dayEnd = end;
                p += 2;
            }
        }
        if (day != null) {
            p = skip(text, p, FROM);
        }
        boolean monthWord = false;
        if (p < n && is(text.token(p), MONTH_WORDS)) {
            monthWord = true;
            p++;
        }
        TermMatch month = p < n ? index.longest(p, MonthTerm.class, "و", "ب", "ف") : null;
        if (month == null) {
            if (e.weekday() != null && day == null) {
                // a weekday alone: "يوم الأحد", "الأحد الماضي"; a bare "اثنين" is the number two
                int q = wd.end();
                Direction d = Direction.NONE;
                TermMatch dir = modifier(index, q, "direction");
                if (dir != null) {
                    d = parseDirection(((ModifierTerm) dir.term()).value());
                    q = dir.end();
                }
                String stem = text.token(wd.first()).form().substring(wd.prefix().length());
                // "يوم واحد" is one day, not Sunday: a weekday name alone is always written with the article
                boolean definite = stem.startsWith("ال") || wd.prefix().endsWith("ال") || isLatin(stem);
                // "اليوم الخميس" without a date: "اليوم" is read as the relative word
                return definite && !today ? new DateParse(weekdayStart, q, TimeExpression.weekday(e.weekday(), d)) : null;
            }
            if (hasPart) {
                // "منتصف عام 2023" / "أواخر 2022"
                DateParse y = yearAt(text, p);
                if (y != null) {
                    return new DateParse(i, y.end(), e.withYear(y.expr().year()));
                }
            }
            return null;
        }
        MonthTerm mt = (MonthTerm) month.term();
        int afterMonth = month.end();
        if (day == null && afterMonth < n && isDayNumber(text.token(afterMonth))) {
            // English and French order: "April 16, 2023"
            day = numberValue(text.token(afterMonth));
            afterMonth++;
        }
        // alternate names of the same month: "أغسطس/ آب", "سبتمبر (أيلول)"
        boolean alternate = false;
        int q = afterMonth;
        while (q + 1 < n && (text.token(q).is("/") || text.token(q).is("\\") || text.token(q).is("(") || text.token(q).is("-") || text.token(q).is(","))) {
            TermMatch alt = index.longest(q + 1, MonthTerm.class);
            if (alt == null || ((MonthTerm) alt.term()).month() != mt.month() || ((MonthTerm) alt.term()).hijri() != mt.hijri()) {
                break;
            }
            q = alt.end();
            if (q < n && text.token(q).is(")")) {
                q++;
            }
            alternate = true;
        }
        p = q;
        e = e.withMonth(mt.month(), mt.hijri());
        if (day != null && day <= 31) {
            e = e.withDay(day);
        }
        // a span to another month: "من يوليو إلى سبتمبر", "بين مارس ومايو", "من 28 يوليو إلى 3 أغسطس"
        DateParse span = dayEnd == null ? MonthSpanEndParser.parseAt(text, index, p, mt, day != null, i > 0 && text.token(i - 1).is(BETWEEN)) : null;
        boolean spanned = span != null;
        if (spanned) {
            e = e.withEnds(null, span.expr().month(), span.expr().day());
            p = span.end();
        }
        // year: "2023", "عام 2023", ", 2023", "من عام 2023"
        int beforeYear = p;
        p = skip(text, p, ",");
        if (p < n && text.token(p).is(FROM) && p + 1 < n && is(text.token(p + 1), YEAR_WORDS)) {
            p++;
        }
        DateParse y = yearAt(text, p);
        boolean hasYear = false;
        Integer yearOffset = y == null ? yearOffsetAt(text, index, beforeYear) : null;
        if (y != null) {
            e = e.withYear(y.expr().year());
            p = y.end();
            hasYear = true;
        } else if (yearOffset != null) {
            // "في نيسان/أبريل من العام الماضي": the month of last year, not the last April
            e = e.withYearOffset(yearOffset);
            p = beforeYear + 3;
            hasYear = true;
        } else {
            p = beforeYear;
        }
        TermMatch era = modifier(index, p, "era");
        if (era != null && (hasYear || day != null)) {
            if ("hijri".equals(((ModifierTerm) era.term()).value())) {
                e = e.withMonth(e.month(), true);
            }
            p = era.end();
        }
        boolean hasDirection = false;
        TermMatch dir = modifier(index, p, "direction");
        if (dir != null) {
            e = e.withDirection(parseDirection(((ModifierTerm) dir.term()).value()));
            p = dir.end();
            hasDirection = true;
        } else if (p < n && is(text.token(p), SAME)) {
            p++;
        }
        if (dayEnd != null) {
            e = e.withEnds(null, null, dayEnd);
        }
        anything = day != null || hasYear || hasDirection || alternate || monthWord || hasPart || e.weekday() != null || spanned;
        if (mt.ambiguous() && !((day != null && !bareOrdinal) || hasYear || hasDirection || alternate || monthWord || spanned)) {
            return null;
        }
        if (!anything && !monthStandsAlone(text, i, dayToken)) {
            return null;
        }
        return new DateParse(i, p, e);
    }

    /**
     * "من العام الماضي", "من العام الجاري", "من العام المقبل" at {@code p}: the year, counted from the anchor's, that a
     * month belongs to; null when there is no such phrase.
     */
    private static Integer yearOffsetAt(AnalyzedText text, MatchIndex index, int p) {
        if (p + 2 >= text.size() || !text.token(p).is(FROM) || !is(text.token(p + 1), YEAR_WORDS)) {
            return null;
        }
        TermMatch dir = modifier(index, p + 2, "direction");
        if (dir == null || dir.end() != p + 3) {
            return null;
        }
        return switch (parseDirection(((ModifierTerm) dir.term()).value())) {
            case PAST -> -1;
            case CURRENT -> 0;
            case NEXT -> 1;
            case NONE -> null;
        };
    }

    /** A month name alone counts as a date after "في", "خلال", "منذ", "حتى", "و" or at a clause start. */
    private static boolean monthStandsAlone(AnalyzedText text, int i, int monthToken) {
        if (monthToken == 0) {
            return true;
        }
        Token prev = text.token(monthToken - 1);
        return prev.isPunct() || prev.is("في") || prev.is("خلال") || prev.is("منذ") || prev.is("حتي") || prev.is("الي")
                || prev.is("و") || prev.is("بين") || prev.is(FROM) || prev.is("اواخر") || prev.is("مطلع");
    }

    private static Part parsePart(String v) {
        return switch (v) {
            case "early" -> Part.EARLY;
            case "mid" -> Part.MID;
            case "late" -> Part.LATE;
            case "latter" -> Part.LATTER;
            default -> Part.NONE;
        };
    }

    private static boolean isLatin(String s) {
        return !s.isEmpty() && s.charAt(0) < 0x0250;
    }
}
