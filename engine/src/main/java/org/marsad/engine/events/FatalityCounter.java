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
     * @param persons       the noun was a plain "persons", civilians only in reported news
     * @param civilianShare when the toll counts civilians and the soldiers, police or volunteers beside them
     *                      separately ("35 مدنيا … وسبعة عسكريين"), the civilians' part of {@code count}; else null
     */
    record Toll(Integer count, Boolean civilians, boolean persons, Integer civilianShare) {
        Toll(Integer count, Boolean civilians, boolean persons) {
            this(count, civilians, persons, null);
        }
    }

    /** The toll stated in tokens [first, end); a null count when none is stated. */
    Toll count(AnalyzedText text, MatchIndex index, List<NumberMention> numbers, DocumentMarks marks, int first, int end) {
        // numbers are in text order: those of the clause are one run of the list
        int i = marks.numbersFrom(first);
        while (i < numbers.size() && numbers.get(i).first() < end) {
            NumberMention n = numbers.get(i);
            // "الآلاف" (thousands) is a cumulative statistic, never one incident's toll
            if (marks.date(n.first()) || !n.bound().countable()
                    || (n.vague() && n.value() >= 1000)
                    || cueNear(text, marks, n, first, end) != FatalityCueTerm.Kind.KILLED) {
                i++;
                continue;
            }
            Tally tally = new Tally(victims(index, marks, n.end(), end), n.value());
            if (oneNamedBefore(text, marks, n, first)) {
                tally.addOne(null);
            }
            int j = i + 1;
            while (j < numbers.size() && numbers.get(j).first() < end && tally.takes(text, index, marks, numbers.get(j - 1),
                    numbers.get(j), first, end)) {
                j++;
            }
            TargetTerm one = oneJoinedAfter(text, index, marks, numbers.get(j - 1), end);
            if (one != null) {
                tally.addOne(one);
            }
            if (tally.total() <= 100_000) {
                return tally.toll();
            }
            i = j;
        }
        return new Toll(null, null, false);
    }

    /**
     * The numbers of one toll: "8 جنود و8 مدنيين" adds the numbers joined by "و"; a breakdown after "بينهم" is
     * part of what was counted, unless it counts another kind of victim than the head number.
     */
    private static final class Tally {
        private final TargetTerm head;
        private long total;
        private long civilians;
        private long defenders;
        private final long headValue;
        private boolean breakdown;
        /** The numbers of the breakdown so far. */
        private long listed;

        Tally(TargetTerm head, long value) {
            this.head = head;
            this.headValue = value;
            this.total = value;
            add(head, value);
        }

        /** Whether {@code next}, after {@code previous}, belongs to this toll (and adds it when it counts). */
        boolean takes(AnalyzedText text, MatchIndex index, DocumentMarks marks, NumberMention previous, NumberMention next,
                      int first, int end) {
            if (marks.date(next.first())) {
                return false;
            }
            boolean among = afterSubsetWord(text, marks, previous, next);
            if (!among && !joined(text, previous, next)) {
                return false;
            }
            // "14 قتيلا وأربعة جرحى": a number with its own wounded word after it does not share the killed word
            FatalityCueTerm.Kind after = cueAfter(text, marks, next, end);
            if (cueNear(text, marks, next, first, end) == FatalityCueTerm.Kind.WOUNDED
                    || after != null && after != FatalityCueTerm.Kind.KILLED) {
                return false;
            }
            breakdown |= among;
            TargetTerm v = victims(index, marks, next.end(), end);
            boolean otherKind = v != null && head != null && !v.person() && !head.person() && v.civilian() != head.civilian();
            // "11 مدنيا، بينهم 5 عناصر" lists who the 11 were; "35 مدنيا بينهم 31 امرأة وسبعة عسكريين" cannot all be
            // among the 35, so the soldiers, another kind of victim, are more dead
            if (breakdown && !(otherKind && listed + next.value() > headValue)) {
                listed += next.value();
                return true;
            }
            total += next.value();
            add(v, next.value());
            return true;
        }

        /** One more dead, named by a noun rather than a number ("قسا وخمسة", "ومدني"), of the kind {@code v} says. */
        void addOne(TargetTerm v) {
            total++;
            add(v, 1);
        }

        private void add(TargetTerm v, long value) {
            if (v != null && v.civilian() && !v.person()) {
                civilians += value;
            } else if (v != null && v.defender()) {
                defenders += value;
            }
        }

        long total() {
            return total;
        }

        Toll toll() {
            Integer share = civilians > 0 && defenders > 0 ? Integer.valueOf((int) civilians) : null;
            return new Toll((int) total, head == null ? null : head.civilian(), head != null && head.person(), share);
        }
    }

    /**
     * "قتلوا قسا وخمسة آخرين": the number is joined by "و" to a person named between the killed word and it, who is
     * one more dead.
     */
    private static boolean oneNamedBefore(AnalyzedText text, DocumentMarks marks, NumberMention n, int first) {
        boolean joinedByAnd = text.token(n.first()).form().startsWith("و")
                || n.first() > 0 && text.token(n.first() - 1).is("و");
        if (!joinedByAnd) {
            return false;
        }
        int phraseEnd = text.token(n.first() - 1).is("و") ? n.first() - 1 : n.first();
        for (int k = phraseEnd - 1; k >= Math.max(first, phraseEnd - 3); k--) {
            if (text.token(k).isPunct() || text.token(k).isNumber()) {
                return false;
            }
            if (marks.cueAt(k) == FatalityCueTerm.Kind.KILLED) {
                return marks.cueEnd(k) < phraseEnd; // at least one word between the killed word and "و"
            }
        }
        return false;
    }

    /**
     * "مقتل خمسة متطوعين آخرين ومدني": a singular noun joined by "و" right after the toll's last number and its
     * noun is one more dead; its kind, or null when there is none.
     */
    private static TargetTerm oneJoinedAfter(AnalyzedText text, MatchIndex index, DocumentMarks marks, NumberMention last,
                                             int end) {
        for (int k = last.end(); k < Math.min(end, last.end() + AFTER_WINDOW); k++) {
            if (text.token(k).isPunct() || text.token(k).isNumber()) {
                return null;
            }
            if (!marks.targetAt(k)) {
                continue;
            }
            for (TermMatch m : index.at(k)) {
                if (m.term() instanceof TargetTerm t && t.single() && m.prefix().startsWith("و") && m.end() == k + 1) {
                    return t;
                }
            }
        }
        return null;
    }

    /** "35 مدنيا بينهم 31": a breakdown word stands between the two numbers. */
    private static boolean afterSubsetWord(AnalyzedText text, DocumentMarks marks, NumberMention a, NumberMention b) {
        int gap = b.first() - a.end();
        if (gap < 1 || gap > 4) {
            return false;
        }
        for (int k = b.first() - 1; k >= a.end(); k--) {
            if (marks.cueAt(k) == FatalityCueTerm.Kind.SUBSET) {
                return true;
            }
        }
        return false;
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
            FatalityCueTerm.Kind cue = casualtyAt(marks, k);
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
        FatalityCueTerm.Kind after = cueAfter(text, marks, n, end);
        return after != null ? after : wounded ? FatalityCueTerm.Kind.WOUNDED : null;
    }

    /** The casualty word within {@link #AFTER_WINDOW} tokens after the number ("47 قتيلا", "أربعة جرحى"), or null. */
    private static FatalityCueTerm.Kind cueAfter(AnalyzedText text, DocumentMarks marks, NumberMention n, int end) {
        int limit = n.end() + AFTER_WINDOW;
        for (int k = n.end(); k < Math.min(end, limit); k++) {
            FatalityCueTerm.Kind cue = casualtyAt(marks, k);
            if (cue != null) {
                return cue;
            }
            if (k + 1 < end && text.token(k).is("علي") && text.token(k + 1).is("الاقل")) {
                // "12 جنديا على الأقل قتلوا": the qualifier after the noun does not part the number from its verb
                k++;
                limit += 2;
                continue;
            }
            if (text.token(k).isPunct() || text.token(k).isNumber()) {
                return null;
            }
        }
        return null;
    }

    /** What happened to the people counted, said by the word at {@code k}; a breakdown word ("بينهم") says nothing. */
    private static FatalityCueTerm.Kind casualtyAt(DocumentMarks marks, int k) {
        FatalityCueTerm.Kind cue = marks.cueAt(k);
        return cue == FatalityCueTerm.Kind.SUBSET ? null : cue;
    }

    /** The killed word ends within {@link #BEFORE_WINDOW} tokens of where the number (with its qualifier) starts. */
    private static boolean closeBefore(AnalyzedText text, DocumentMarks marks, NumberMention n) {
        int numberStart = n.first();
        for (int k = numberStart - 1; k >= 0 && k >= numberStart - BEFORE_WINDOW - 3; k--) {
            if (marks.cueAt(k) == FatalityCueTerm.Kind.KILLED && marks.cueEnd(k) <= numberStart) {
                int gap = numberStart - marks.cueEnd(k);
                int qualifier = n.span().start() < text.token(numberStart).start() ? 4 : 0;
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
