package org.marsad.engine.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;
import org.marsad.engine.time.TimeExpression.Direction;

/**
 * Infers when an undated article was written, from the text alone, the way an analyst does:
 * <ol>
 *   <li>a full date in the page header or introduced by "اليوم" is the publication day;</li>
 *   <li>otherwise the article cannot be older than the latest thing it mentions: explicit dates, years
 *       (headers of news sites list "عيد الأضحى 2024"), and known world events it calls past
 *       ("الانقلاب في النيجر … الماضي" is after 26 July 2023);</li>
 *   <li>a month called current ("سبتمبر الجاري") then fixes the month, in the first fitting year.</li>
 * </ol>
 * Every step adds a reason, so the user can check the inference.
 */
public final class PublicationDateInference {
    /** How far into the text a dateline or page-header date may stand. */
    private static final int HEADER_CHARS = 400;
    /** How many tokens after a reference event a "past" word may stand and still qualify it. */
    private static final int PAST_WINDOW = 12;

    public PublicationEstimate infer(AnalyzedText text, MatchIndex index, List<DateMention> mentions) {
        List<String> reasons = new ArrayList<>();
        DateResolver resolver = new DateResolver();
        // 1. A dated header line, or "اليوم الخميس 2 مارس 2017".
        for (DateMention m : mentions) {
            TimeExpression e = m.expression();
            if (e.kind() == TimeExpression.Kind.CALENDAR && e.year() != null && e.month() != null && e.day() != null
                    && !e.hijri() && (m.span().start() < HEADER_CHARS || introducedByToday(text, m))) {
                TimeSpan d = resolver.resolve(e, null, null, false);
                if (d != null && d.precision() == Precision.DAY) {
                    reasons.add("dated line \"" + m.span().in(text.original()) + "\" near the top of the text or after \"اليوم\"");
                    return new PublicationEstimate(d, "inferred", 0.85, reasons);
                }
            }
        }
        // 2. Lower bound: the latest thing the text mentions as having happened.
        LocalDate lower = null;
        String lowerReason = null;
        boolean lowerIsDay = false;
        for (DateMention m : mentions) {
            TimeExpression e = m.expression();
            if (!e.isAbsolute() || e.hijri() || e.direction() == Direction.NEXT || m.relation() == DateMention.Relation.UNTIL) {
                continue;
            }
            TimeSpan d = resolver.resolve(e, null, null, false);
            if (d != null && (lower == null || d.start().isAfter(lower))) {
                lower = d.start();
                lowerIsDay = d.precision() == Precision.DAY;
                lowerReason = "the text mentions \"" + m.span().in(text.original()) + "\"";
            }
        }
        for (Token t : text.tokens()) {
            if (t.isNumber() && t.form().length() == 4) {
                int y = DateGrammar.numberValue(t);
                if (y >= 1990 && y <= 2100 && (lower == null || LocalDate.of(y, 1, 1).isAfter(lower))
                        && !isQuantity(text, t.index())) {
                    lower = LocalDate.of(y, 1, 1);
                    lowerIsDay = false;
                    lowerReason = "the latest year written in the text is " + y;
                }
            }
        }
        // over all matches rather than index.of(…), which copies the few reference events into a new list
        for (TermMatch m : index.all()) {
            if (!(m.term() instanceof ReferenceEventTerm r)) {
                continue;
            }
            if (calledPast(text, index, m) && (lower == null || r.date().start().isAfter(lower))) {
                lower = r.date().start();
                lowerIsDay = false;
                lowerReason = "the text names as past a dated event: " + r.description() + " (" + r.date().iso() + ")";
            }
        }
        if (lowerReason != null) {
            reasons.add(lowerReason);
        }
        // 3. "مايو الجاري": the current month.
        for (DateMention m : mentions) {
            TimeExpression e = m.expression();
            if (e.kind() == TimeExpression.Kind.CALENDAR && e.direction() == Direction.CURRENT && e.month() != null
                    && !e.hijri()) {
                int year;
                if (e.year() != null) {
                    year = e.year();
                } else if (lower != null) {
                    year = e.month() >= lower.getMonthValue() ? lower.getYear() : lower.getYear() + 1;
                } else {
                    reasons.add("\"" + m.span().in(text.original()) + "\" names the current month, but no year is known");
                    return PublicationEstimate.unknown(reasons);
                }
                reasons.add("\"" + m.span().in(text.original()) + "\" names the current month");
                TimeSpan month = TimeSpan.month(YearMonth.of(year, e.month()));
                return new PublicationEstimate(month, "inferred", lower != null ? 0.8 : 0.6, reasons);
            }
        }
        if (lower != null && lowerIsDay) {
            reasons.add("no current-month mention: the publication is taken as the day of the latest full date");
            return new PublicationEstimate(TimeSpan.day(lower), "inferred", 0.4, reasons);
        }
        if (lower != null) {
            // a year or a known event only bounds the date from below: relative dates stay unresolved
            reasons.add("only a lower bound (not before " + lower + "); relative dates are left unresolved");
            return PublicationEstimate.unknown(reasons);
        }
        reasons.add("no date, year or dated world event in the text");
        return PublicationEstimate.unknown(reasons);
    }

    private static boolean introducedByToday(AnalyzedText text, DateMention m) {
        int first = m.first();
        for (int k = Math.max(0, first - 2); k < first; k++) {
            if (text.token(k).is("اليوم")) {
                return true;
            }
        }
        return false;
    }

    /** A 4-digit number followed by a counted noun ("2000 قتيل") is a quantity, not a year. */
    private static boolean isQuantity(AnalyzedText text, int i) {
        if (i + 1 >= text.size()) {
            return false;
        }
        Token next = text.token(i + 1);
        return next.isWord() && (next.form().startsWith("قتيل") || next.form().startsWith("شخص")
                || next.form().startsWith("جندي") || next.form().startsWith("مدني") || next.form().startsWith("كيلو"));
    }

    /** A reference event counts only when the text puts it in the past ("… في 26 يوليو الماضي"). */
    private static boolean calledPast(AnalyzedText text, MatchIndex index, TermMatch m) {
        int sentenceEnd = text.sentenceOf(m.first()).endToken();
        for (int k = m.end(); k < Math.min(sentenceEnd, m.end() + PAST_WINDOW); k++) {
            for (TermMatch t : index.at(k)) {
                if (t.term() instanceof ModifierTerm mt && mt.is("direction", "past")) {
                    return true;
                }
            }
        }
        for (int k = Math.max(text.sentenceOf(m.first()).firstToken(), m.first() - PAST_WINDOW); k < m.first(); k++) {
            for (TermMatch t : index.at(k)) {
                if (t.term() instanceof ModifierTerm mt && mt.is("direction", "past")) {
                    return true;
                }
            }
        }
        return false;
    }
}
