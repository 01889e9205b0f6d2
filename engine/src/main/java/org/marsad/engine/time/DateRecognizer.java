package org.marsad.engine.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/**
 * Finds time expressions and says what they mean as written (see {@link TimeExpression}); anchoring them to
 * a publication date is {@link DateResolver}'s job. Reads left to right; at each token it tries, in order,
 * a numeric date (17/08/2024), a holiday (يوم عيد الميلاد، عيد الفطر 1445 هـ), a calendar phrase ([part] [weekday]
 * [day|ordinal [من]] [–day] month[/month] [إلى [day] month] [year] [era] [direction]), a relative phrase from the
 * lexicon, a counted offset (قبل 3 أيام), an anaphoric phrase (نفس اليوم، الشهر نفسه) and a year alone (عام 2023).
 * Each shape is one {@link DatePhraseParser}; {@link #PARSERS} lists them in the order they are tried.
 *
 * <p>The few function words the grammar needs (من، إلى، و، عام، شهر …) are folded constants in
 * {@link DateGrammar}, not lexicon entries, because they are the grammar's own syntax rather than knowledge an
 * analyst would extend.
 */
public final class DateRecognizer {
    /**
     * The shapes of date expression, tried in this order at each token; the first that reads something wins.
     * The order is part of the grammar: a listed relative phrase of several words is read (by the calendar
     * parser) before its parts, and "اليوم التالي" before the relative word "اليوم".
     */
    private static final DatePhraseParser[] PARSERS = {
            new NumericDateParser(),
            new HolidayPhraseParser(),
            new CalendarPhraseParser(),
            new WeekOfMonthParser(),
            new StoryDayParser(),
            new RelativePhraseParser(),
            new SameUnitParser(),
            new CountedOffsetParser(),
            new YearAloneParser()};
    /** {@code PARSERS[k].cues()}, read once: asking nine classes through the interface at every start cost more than the bit tests. */
    private static final int[] PARSER_CUES = Arrays.stream(PARSERS).mapToInt(DatePhraseParser::cues).toArray();
    /** The cues of all parsers: a start with none of them reads nothing, as with the frequent relation word من. */
    private static final int ANY_PARSER_CUE = Arrays.stream(PARSER_CUES).reduce(0, (a, b) -> a | b);

    /** Finds every time expression in the text. */
    public List<DateMention> recognize(AnalyzedText text, MatchIndex index) {
        List<DateMention> out = new ArrayList<>();
        int n = text.size();
        // tokens where no date can begin are skipped without parsing, which keeps the recogniser linear in practice
        DateCues cues = DateCues.of(text, index);
        int i = 0;
        while (i < n) {
            DateParse p = cues.mayStart(i) && cues.any(i, ANY_PARSER_CUE) ? parseAt(text, index, cues, i) : null;
            if (p == null) {
                i++;
                continue;
            }
            DateMention.Relation relation = relationBefore(text, index, p.first());
            int first = p.first();
            if (relation != DateMention.Relation.AT) {
                first = Math.max(0, first - 1);
            }
            out.add(new DateMention(first, p.end(), text.span(first, p.end()), p.expr(), relation, null));
            i = p.end();
        }
        return out;
    }

    /**
     * The first shape read at token {@code i}, or null; punctuation never starts a date. A parser is asked only
     * where the token has one of its {@link DatePhraseParser#cues()}, which is most of what keeps this cheap.
     */
    private static DateParse parseAt(AnalyzedText text, MatchIndex index, DateCues cues, int i) {
        if (text.token(i).isPunct()) {
            return null;
        }
        for (int k = 0; k < PARSERS.length; k++) {
            if (!cues.any(i, PARSER_CUES[k])) {
                continue;
            }
            DateParse parse = PARSERS[k].parseAt(text, index, i);
            if (parse != null) {
                return parse;
            }
        }
        return null;
    }

    /** The relation a cue ending right before the date gives it ("منذ" since, "حتى" until, "قبل", "بعد"); AT without one. */
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
}
