package org.marsad.engine.time;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberWordTerm;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;
import org.marsad.engine.time.TimeExpression.Direction;
import org.marsad.engine.time.TimeExpression.Part;

/**
 * Finds time expressions and says what they mean as written (see {@link TimeExpression}); anchoring them to
 * a publication date is {@link DateResolver}'s job. Reads left to right; at each token it tries, in order,
 * a numeric date (17/08/2024), a holiday (يوم عيد الميلاد، عيد الفطر 1445 هـ), a calendar phrase ([part] [weekday]
 * [day|ordinal [من]] [–day] month[/month] [إلى [day] month] [year] [era] [direction]), a relative phrase from the
 * lexicon, a counted offset (قبل 3 أيام), an anaphoric phrase (نفس اليوم، الشهر نفسه) and a year alone (عام 2023).
 *
 * <p>The few function words the grammar needs (من، إلى، و، عام، شهر …) are folded constants below, not
 * lexicon entries, because they are the grammar's own syntax rather than knowledge an analyst would extend.
 */
public final class DateRecognizer {
    private static final String FROM = "من";
    private static final String AND = "و";
    private static final String[] RANGE_TO = {"الي", "حتي", "-", "و", "لغايه"};
    private static final String[] YEAR_WORDS = {"عام", "العام", "سنه", "السنه", "عامي"};
    private static final String[] MONTH_WORDS = {"شهر", "شهري"};
    private static final String[] DAY_WORDS = {"يوم", "اليوم", "ليله", "صباح", "مساء", "فجر", "ظهر", "عصر"};
    private static final String[] SAME = {"نفسه", "ذاته", "نفسها", "ذاتها"};
    private static final String[] SAME_BEFORE = {"نفس", "ذات"};
    private static final String NEXT_DAY = "التالي";
    private static final String HALF = "النصف";
    private static final String WEEK = "الاسبوع";
    private static final String MONTH_DEF = "الشهر";
    private static final String DAY_DEF = "اليوم";
    private static final String LAST = "الاخير";
    private static final String BETWEEN = "بين";
    /** "عشية عيد الميلاد": the day before the holiday. */
    private static final String EVE = "عشيه";
    /** Words that may stand before a holiday's name and belong to the date: "يوم عيد الميلاد", "ليلة القدر". */
    private static final String[] HOLIDAY_LEAD = {"يوم", "ليله"};
    /** Relative phrases may carry these proclitics: "وأمس", "فاليوم", "بالأمس". */
    private static final String[] RELATIVE_PREFIXES = {"و", "ف", "ب"};

    /** Finds every time expression in the text. */
    public List<DateMention> recognize(AnalyzedText text, MatchIndex index) {
        List<DateMention> out = new ArrayList<>();
        int n = text.size();
        boolean[] mayStart = startsOfDates(text, index);
        int i = 0;
        while (i < n) {
            Parse p = mayStart[i] ? parseAt(text, index, i) : null;
            if (p == null) {
                i++;
                continue;
            }
            DateMention.Relation relation = relationBefore(text, index, p.first);
            int first = p.first;
            if (relation != DateMention.Relation.AT) {
                first = Math.max(0, first - 1);
            }
            out.add(new DateMention(first, p.end, text.span(first, p.end), p.expr, relation, null));
            i = p.end;
        }
        return out;
    }

    private record Parse(int first, int end, TimeExpression expr) {
    }

    /** Function words that can open a date without being lexicon entries themselves. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("يوم", "اليوم", "الاسبوع", "الشهر", "النصف",
            "نفس", "ذات", "عام", "العام", "سنه", "السنه", "شهر", "شهري", "عامي");

    /**
     * Tokens where a date can begin: a digit, a time word of the lexicon (month, weekday, ordinal, relative
     * phrase, modifier) or one of the grammar's openers. Every other token is skipped without parsing,
     * which keeps the recogniser linear in practice.
     */
    private static boolean[] startsOfDates(AnalyzedText text, MatchIndex index) {
        boolean[] may = new boolean[text.size() + 1];
        for (int k = 0; k < text.size(); k++) {
            Token t = text.token(k);
            may[k] = t.isNumber() || (t.isWord() && OPENERS.contains(t.form()));
        }
        for (TermMatch m : index.all()) {
            org.marsad.engine.lexicon.Term t = m.term();
            if (t instanceof MonthTerm || t instanceof WeekdayTerm || t instanceof RelativeTerm || t instanceof OrdinalTerm
                    || t instanceof ModifierTerm || t instanceof HolidayTerm) {
                may[m.first()] = true;
            }
        }
        return may;
    }

    private Parse parseAt(AnalyzedText text, MatchIndex index, int i) {
        Token t = text.token(i);
        if (t.isPunct()) {
            return null;
        }
        Parse numeric = numericDate(text, index, i);
        if (numeric != null) {
            return numeric;
        }
        Parse holiday = holidayPhrase(text, index, i);
        if (holiday != null) {
            return holiday;
        }
        Parse calendar = calendarPhrase(text, index, i);
        if (calendar != null) {
            return calendar;
        }
        return otherPhrase(text, index, i);
    }

    /** 17/08/2024, 2024-08-17, 23/مارس/2019. */
    private Parse numericDate(AnalyzedText text, MatchIndex index, int i) {
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
                && (s1.is("/") || s1.is("-") || s1.is("."));
        if (!seps || !c.isNumber()) {
            return null;
        }
        Integer month = null;
        if (b.isNumber()) {
            month = Integer.parseInt(b.form());
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
        return new Parse(i, i + 5, TimeExpression.calendar().withYear(year).withMonth(month, false).withDay(day));
    }

    private Parse calendarPhrase(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        TermMatch whole = index.longest(i, RelativeTerm.class, RELATIVE_PREFIXES);
        if (whole != null && whole.length() > 1) {
            // a listed phrase such as "نهاية الأسبوع الماضي" wins over its parts
            return new Parse(i, whole.end(), TimeExpression.relative((RelativeTerm) whole.term()));
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
                return new Parse(i, rel.end(), TimeExpression.relative(r).withPart(e.part()));
            }
            if (p + 1 < n && (text.token(p).is(MONTH_DEF) || is(text.token(p), YEAR_WORDS)) && is(text.token(p + 1), SAME)) {
                TimeUnit unit = text.token(p).is(MONTH_DEF) ? TimeUnit.MONTH : TimeUnit.YEAR;
                return new Parse(i, p + 2, TimeExpression.anaphoric(unit, 0).withPart(e.part()));
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
            day = Integer.parseInt(text.token(p).form());
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
            int end = Integer.parseInt(text.token(p + 1).form());
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
                return definite && !today ? new Parse(weekdayStart, q, TimeExpression.weekday(e.weekday(), d)) : null;
            }
            if (hasPart) {
                // "منتصف عام 2023" / "أواخر 2022"
                Parse y = yearAt(text, p);
                if (y != null) {
                    return new Parse(i, y.end, e.withYear(y.expr.year()));
                }
            }
            return null;
        }
        MonthTerm mt = (MonthTerm) month.term();
        int afterMonth = month.end();
        if (day == null && afterMonth < n && isDayNumber(text.token(afterMonth))) {
            // English and French order: "April 16, 2023"
            day = Integer.parseInt(text.token(afterMonth).form());
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
        Parse span = dayEnd == null ? monthSpanEnd(text, index, p, mt, day != null, i > 0 && text.token(i - 1).is(BETWEEN)) : null;
        boolean spanned = span != null;
        if (spanned) {
            e = e.withEnds(null, span.expr.month(), span.expr.day());
            p = span.end;
        }
        // year: "2023", "عام 2023", ", 2023", "من عام 2023"
        int beforeYear = p;
        p = skip(text, p, ",");
        if (p < n && text.token(p).is(FROM) && p + 1 < n && is(text.token(p + 1), YEAR_WORDS)) {
            p++;
        }
        Parse y = yearAt(text, p);
        boolean hasYear = false;
        if (y != null) {
            e = e.withYear(y.expr.year());
            p = y.end;
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
        return new Parse(i, p, e);
    }

    /**
     * The end of a span after a month: "إلى سبتمبر", "إلى 3 أغسطس", "ومايو" (after بين only, since "3 أغسطس و5
     * سبتمبر" are two dates). The end has a day exactly when the start has one, and is another Gregorian month.
     * Returns a Parse whose expression holds the end month and day.
     */
    private static Parse monthSpanEnd(AnalyzedText text, MatchIndex index, int p, MonthTerm start, boolean withDay,
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
            endDay = Integer.parseInt(text.token(q).form());
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
        return new Parse(p, r, TimeExpression.calendar().withMonth(mt.month(), false).withDay(endDay));
    }

    /**
     * A holiday: "يوم عيد الميلاد", "عيد الفطر 1445 هـ", "عيد الأضحى الماضي", "عشية عيد الميلاد" (the day before;
     * not for a holiday on the 1st, whose eve is in another month). The year comes from the text or the anchor.
     */
    private Parse holidayPhrase(AnalyzedText text, MatchIndex index, int i) {
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
        Parse y = yearAt(text, p);
        if (y != null) {
            e = e.withYear(y.expr.year());
            p = y.end;
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
        return new Parse(first, p, e);
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

    /** Relative phrases, counted offsets, anaphora and a year alone. */
    private Parse otherPhrase(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        // "الأسبوع الثالث من سبتمبر", "الأسبوع الأخير من شهر يوليو"
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
                    Parse y = yearAt(text, p);
                    if (y != null) {
                        e = e.withYear(y.expr.year());
                        p = y.end;
                    }
                    return new Parse(i, p, e);
                }
            }
        }
        // "اليوم التالي" (the next day), "ذلك اليوم" (that day): days of the story, not of the publication
        if (t.is(DAY_DEF) && i + 1 < n && text.token(i + 1).is(NEXT_DAY)) {
            return new Parse(i, i + 2, TimeExpression.anaphoric(TimeUnit.DAY, 1));
        }
        if (t.is(DAY_DEF) && i > 0 && (text.token(i - 1).is("ذلك") || text.token(i - 1).is("هذا"))) {
            return new Parse(i - 1, i + 1, TimeExpression.anaphoric(TimeUnit.DAY, 0));
        }
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
            return new Parse(i, end, TimeExpression.relative(r));
        }
        // "نفس اليوم", "ذات اليوم", "اليوم نفسه", "اليوم التالي", "الشهر نفسه"
        if (is(t, SAME_BEFORE) && i + 1 < n && (text.token(i + 1).is(DAY_DEF) || text.token(i + 1).is(MONTH_DEF))) {
            return new Parse(i, i + 2, TimeExpression.anaphoric(text.token(i + 1).is(DAY_DEF) ? TimeUnit.DAY : TimeUnit.MONTH, 0));
        }
        if ((t.is(DAY_DEF) || t.is(MONTH_DEF)) && i + 1 < n && is(text.token(i + 1), SAME)) {
            return new Parse(i, i + 2, TimeExpression.anaphoric(t.is(DAY_DEF) ? TimeUnit.DAY : TimeUnit.MONTH, 0));
        }
        if (t.is(DAY_DEF) && i + 1 < n && text.token(i + 1).is(NEXT_DAY)) {
            return new Parse(i, i + 2, TimeExpression.anaphoric(TimeUnit.DAY, 1));
        }
        // "قبل 3 أيام" (from publication), "بعد 11 يوما" (from the previous date)
        TermMatch rel2 = modifier(index, i, "relation");
        if (rel2 != null) {
            String relation = ((ModifierTerm) rel2.term()).value();
            if (relation.equals("before") || relation.equals("after")) {
                Parse counted = countedUnit(text, index, rel2.end());
                if (counted != null) {
                    int amount = counted.expr.offset();
                    TimeUnit unit = counted.expr.offsetUnit();
                    boolean after = relation.equals("after");
                    // "بعد 11 يوما من هجوم …": the attack named after من came 11 days before the reference date
                    boolean ofSomething = counted.end < n && (text.token(counted.end).is(FROM) || text.token(counted.end).is("علي"));
                    int signed = after && !ofSomething ? amount : -amount;
                    return new Parse(i, counted.end, TimeExpression.offset(signed, unit, after));
                }
            }
        }
        Parse year = yearAlone(text, index, i);
        if (year != null) {
            return year;
        }
        return null;
    }

    /** "3 أيام", "عشرة أيام", "يومين", "أسبوع": the count and unit; encoded as an offset expression. */
    private Parse countedUnit(AnalyzedText text, MatchIndex index, int p) {
        int n = text.size();
        if (p >= n) {
            return null;
        }
        long amount = 1;
        int q = p;
        if (text.token(p).isNumber() && text.token(p).form().length() <= 3) {
            amount = Long.parseLong(text.token(p).form());
            q = p + 1;
        } else {
            TermMatch w = index.longest(p, NumberWordTerm.class);
            if (w != null) {
                amount = ((NumberWordTerm) w.term()).value();
                q = w.end();
            }
        }
        TermMatch unit = modifier(index, q, "unit");
        if (unit == null) {
            return null;
        }
        String[] v = ((ModifierTerm) unit.term()).value().split(":");
        TimeUnit u = TimeUnit.parse(v[0]);
        if (v.length > 1 && q == p) {
            amount = Long.parseLong(v[1]);
        }
        return new Parse(p, unit.end(), TimeExpression.offset((int) amount, u, false));
    }

    /** "عام 2023", "سنة 2022", "2023م", "في 2023". */
    private Parse yearAlone(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        Token t = text.token(i);
        if (is(t, YEAR_WORDS)) {
            Parse y = yearAt(text, i);
            if (y != null) {
                int end = y.end;
                TermMatch era = modifier(index, end, "era");
                boolean hijri = false;
                if (era != null) {
                    hijri = "hijri".equals(((ModifierTerm) era.term()).value());
                    end = era.end();
                }
                TimeExpression e = y.expr;
                // "بين عام 2022 و2023", "بين عامي 2020 و2022", "بين عام 2022 والنصف الأول من عام 2023"
                if (end + 1 < n && text.token(end).is(AND) && isYearNumber(text.token(end + 1))) {
                    e = e.withEnds(Integer.parseInt(text.token(end + 1).form()), null, null);
                    end += 2;
                } else {
                    Parse half = halfYearAfterAnd(text, index, end);
                    if (half != null) {
                        e = e.withEnds(half.expr.year(), half.expr.monthEnd(), null);
                        end = half.end;
                    }
                }
                return new Parse(i, end, hijri ? e.withMonth(null, true) : e);
            }
        }
        if (isYearNumber(t)) {
            TermMatch era = modifier(index, i + 1, "era");
            // a bare number in the Hijri year range is a count ("في 1400 موقع") unless هـ follows
            boolean gregorian = Integer.parseInt(t.form()) >= 1900;
            boolean cued = era != null || (gregorian && i > 0 && yearCue(text.token(i - 1).form()));
            if (cued) {
                int end = era != null ? era.end() : i + 1;
                boolean hijri = era != null && "hijri".equals(((ModifierTerm) era.term()).value());
                TimeExpression e = TimeExpression.calendar().withYear(Integer.parseInt(t.form()));
                return new Parse(i, end, hijri ? e.withMonth(null, true) : e);
            }
        }
        return null;
    }

    /** "والنصف الأول من عام 2023" at {@code p}: the year and the last month of that half (6 or 12) as monthEnd. */
    private static Parse halfYearAfterAnd(AnalyzedText text, MatchIndex index, int p) {
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
        Parse y = yearAt(text, r);
        if (y == null) {
            return null;
        }
        int lastMonth = ((OrdinalTerm) ord.term()).value() == 1 ? 6 : 12;
        return new Parse(p, y.end, TimeExpression.calendar().withYear(y.expr.year()).withEnds(null, lastMonth, null));
    }

    /** A year at {@code p}: "2023" or "عام 2023". */
    private static Parse yearAt(AnalyzedText text, int p) {
        int n = text.size();
        int q = p;
        if (q < n && is(text.token(q), YEAR_WORDS)) {
            q++;
        }
        if (q < n && isYearNumber(text.token(q))) {
            return new Parse(p, q + 1, TimeExpression.calendar().withYear(Integer.parseInt(text.token(q).form())));
        }
        return null;
    }

    private static DateMention.Relation relationBefore(AnalyzedText text, MatchIndex index, int first) {
        if (first == 0) {
            return DateMention.Relation.AT;
        }
        for (int k = Math.max(0, first - 2); k < first; k++) {
          for (TermMatch m : index.at(k)) {
            if (m.end() == first && m.term() instanceof ModifierTerm mt && mt.kind().equals("relation")) {
                return switch (((ModifierTerm) m.term()).value()) {
                    case "since" -> DateMention.Relation.SINCE;
                    case "to" -> DateMention.Relation.UNTIL;
                    case "before" -> DateMention.Relation.BEFORE;
                    case "after" -> DateMention.Relation.AFTER;
                    default -> DateMention.Relation.AT;
                };
            }
          }
        }
        return DateMention.Relation.AT;
    }

    private static TermMatch modifier(MatchIndex index, int p, String kind) {
        TermMatch best = null;
        for (TermMatch m : index.at(p)) {
            if (m.term() instanceof ModifierTerm mt && mt.kind().equals(kind) && (m.prefix().isEmpty() || m.prefix().equals("و"))
                    && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
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

    static Direction parseDirection(String v) {
        return switch (v) {
            case "past" -> Direction.PAST;
            case "current" -> Direction.CURRENT;
            case "next" -> Direction.NEXT;
            default -> Direction.NONE;
        };
    }

    private static int skip(AnalyzedText text, int p, String form) {
        return p < text.size() && text.token(p).is(form) ? p + 1 : p;
    }

    private static boolean is(Token t, String[] forms) {
        for (String f : forms) {
            if (t.is(f)) {
                return true;
            }
        }
        return false;
    }

    /** "في 2023", "ومنذ 2015", "وخلال 2022": a preposition, possibly with a conjunction, before a bare year. */
    private static boolean yearCue(String form) {
        String f = form.length() > 2 && (form.startsWith("و") || form.startsWith("ف")) ? form.substring(1) : form;
        return form.equals("في") || f.equals("منذ") || f.equals("خلال") || f.equals("حتي") || f.equals("في");
    }

    private static boolean isLatin(String s) {
        return !s.isEmpty() && s.charAt(0) < 0x0250;
    }

    private static boolean isDayNumber(Token t) {
        if (!t.isNumber() || t.form().length() > 2) {
            return false;
        }
        int v = Integer.parseInt(t.form());
        return v >= 1 && v <= 31;
    }

    private static boolean isYearNumber(Token t) {
        if (!t.isNumber() || t.form().length() != 4) {
            return false;
        }
        int v = Integer.parseInt(t.form());
        return (v >= 1900 && v <= 2100) || (v >= 1350 && v <= 1500);
    }
}
