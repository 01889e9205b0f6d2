package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.text.AnalyzedText;

/**
 * Reads a death toll from a clause the ACLED way: a number counts only when a "killed" word stands right
 * before it ("مقتل 23 جنديا", "أسفر عن مقتل ما لا يقل عن 15") or right after it ("47 قتيلا"), no
 * "wounded" word is joined to it ("مقتل وإصابة 5"), and it is not speculative ("قد يصل إلى 60").
 * Tolls joined by "و" after one killed word are added ("مقتل 8 جنود و8 مدنيين" is 16).
 */
final class FatalityCounter {
    /** Tokens between a killed word and its number ("مقتل ما لا يقل عن 15": the qualifier is part of the number). */
    private static final int BEFORE_WINDOW = 5;
    /** Tokens between a number and a killed word after it ("23 جنديا ماليا قتلوا" is rare; "47 قتيلا" common). */
    private static final int AFTER_WINDOW = 3;

    /**
     * A toll and who the dead were, when the noun after the number says (جنديا: armed, مدنيا: civilians).
     *
     * @param persons the noun was a plain "persons", civilians only in reported news
     */
    record Toll(Integer count, Boolean civilians, boolean persons) {
    }

    /** The toll stated in tokens [first, end); a null count when none is stated. */
    Toll count(AnalyzedText text, MatchIndex index, List<NumberMention> numbers, DocumentMarks marks, int first, int end) {
        Integer best = null;
        Boolean civilians = null;
        boolean persons = false;
        // numbers are in text order: those of the clause are one run of the list
        int i = marks.numbersFrom(first);
        while (i < numbers.size() && numbers.get(i).first() < end) {
            NumberMention n = numbers.get(i);
            // "الآلاف" (thousands) is a cumulative statistic, never one incident's toll
            if (marks.date(n.first()) || !n.bound().countable()
                    || (n.vague() && n.value() >= 1000)) {
                i++;
                continue;
            }
            FatalityCueTerm.Kind kind = cueNear(text, marks, n, first, end);
            if (kind != FatalityCueTerm.Kind.KILLED) {
                i++;
                continue;
            }
            long total = n.value();
            int j = i + 1;
            // "8 جنود و8 مدنيين": the next number joined by "و" within a few tokens shares the killed word
            while (j < numbers.size() && numbers.get(j).first() < end && joined(text, numbers.get(j - 1), numbers.get(j))
                    && !marks.date(numbers.get(j).first()) && cueNear(text, marks, numbers.get(j), first, end) != FatalityCueTerm.Kind.WOUNDED) {
                total += numbers.get(j).value();
                j++;
            }
            if (total <= 100_000 && (best == null)) {
                best = (int) total;
                TargetTerm v = victims(index, marks, n.end(), end);
                civilians = v == null ? null : v.civilian();
                persons = v != null && v.person();
            }
            i = j;
        }
        return new Toll(best, civilians, persons);
    }

    /** The target noun right after a number ("23 جنديا", "14 مدنيا"), if any. */
    private static TargetTerm victims(MatchIndex index, DocumentMarks marks, int from, int end) {
        // a dual noun is its own victim noun ("جنديين"), so the search starts on the number's last token
        for (int k = Math.max(0, from - 1); k < Math.min(end, from + 2); k++) {
            if (!marks.targetAt(k)) {
                continue;
            }
            for (TermMatch m : index.at(k)) {
                if (m.term() instanceof TargetTerm t) {
                    return t;
                }
            }
        }
        return null;
    }

    private static FatalityCueTerm.Kind cueNear(AnalyzedText text, DocumentMarks marks, NumberMention n, int first,
                                                int end) {
        // a cue ending just before the number (allowing a conjunction and a second cue: "مقتل وإصابة 5")
        FatalityCueTerm.Kind before = null;
        boolean wounded = false;
        for (int k = n.first() - 1; k >= Math.max(first, n.first() - BEFORE_WINDOW - 4); k--) {
            FatalityCueTerm.Kind cue = marks.cueAt(k);
            if (cue != null && marks.cueEnd(k) <= n.first()) {
                if (cue == FatalityCueTerm.Kind.WOUNDED || cue == FatalityCueTerm.Kind.MISSING
                        || cue == FatalityCueTerm.Kind.CAPTURED) {
                    wounded = true;
                } else if (before == null) {
                    before = cue;
                }
            }
            if (text.token(k).isPunct() && !text.token(k).is("\"")) {
                break;
            }
        }
        if (before != null && !wounded && closeBefore(text, marks, n)) {
            return before;
        }
        if (wounded && before != null) {
            return FatalityCueTerm.Kind.WOUNDED;
        }
        for (int k = n.end(); k < Math.min(end, n.end() + AFTER_WINDOW); k++) {
            if (marks.cueAt(k) != null) {
                return marks.cueAt(k);
            }
            if (text.token(k).isPunct() || text.token(k).isNumber()) {
                break;
            }
        }
        return wounded ? FatalityCueTerm.Kind.WOUNDED : null;
    }

    /** The killed word ends within {@link #BEFORE_WINDOW} tokens of where the number (with its qualifier) starts. */
    private static boolean closeBefore(AnalyzedText text, DocumentMarks marks, NumberMention n) {
        int numberStart = n.first();
        for (int k = numberStart - 1; k >= 0 && k >= numberStart - BEFORE_WINDOW - 3; k--) {
            if (marks.cueAt(k) == FatalityCueTerm.Kind.KILLED && marks.cueEnd(k) <= numberStart) {
                int gap = numberStart - marks.cueEnd(k);
                int qualifier = n.span().start() < text.token(numberStart).span().start() ? 4 : 0;
                return gap <= BEFORE_WINDOW + qualifier;
            }
        }
        return false;
    }

    private static boolean joined(AnalyzedText text, NumberMention a, NumberMention b) {
        int gap = b.first() - a.end();
        if (gap < 1 || gap > 4) {
            return false;
        }
        for (int k = a.end(); k < b.first(); k++) {
            if (text.token(k).isPunct()) {
                return false;
            }
        }
        return text.token(b.first() - 1).is("و") || text.token(b.first()).form().startsWith("و");
    }
}
