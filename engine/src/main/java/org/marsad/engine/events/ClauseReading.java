package org.marsad.engine.events;

import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Token;

/**
 * What the words of one clause say about the event it tells: a caption line, an opener of a new item, an event
 * word that refers back, an aggregate or summary lead, armed people among the victims, the noun of what was hit.
 */
final class ClauseReading {
    private final ClauseWords words;

    /** The readings that test tokens against function words (the static ones need none). */
    ClauseReading(ClauseWords words) {
        this.words = words;
    }

    /** Words under which a line of its own, without a full stop, is a caption or a subheading ("إعدام الفولانيين"). */
    private static final int CAPTION_WORDS = 4;

    /** A short line of its own without a full stop: a caption or a subheading, not a report. */
    static boolean caption(AnalyzedText text, Clause clause) {
        Sentence s = text.sentences().get(clause.sentence());
        boolean ownLine = text.token(s.firstToken()).newlineBefore()
                && (s.endToken() >= text.size() || text.token(s.endToken()).newlineBefore());
        if (!ownLine || text.token(s.endToken() - 1).is(".")) {
            return false;
        }
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            words += text.token(k).isWord() ? 1 : 0;
        }
        return words <= CAPTION_WORDS;
    }

    /**
     * Openers that add another item to a report: "كما", "وفي سياق متصل", "إلى ذلك", "من جهة أخرى", "وفي حادث منفصل"
     * (the nouns "منفصل" marks are clause-words of kind separate-noun).
     */
    boolean opensNewItem(AnalyzedText text, Clause clause, IntPredicate saying) {
        String first = text.token(clause.first()).form();
        if (first.equals("كما") || first.equals("وكما")) {
            // "كما قال …", "كما أفادت …": one more statement about the same incident, not another item
            int next = clause.first() + 1;
            return next >= clause.end() || !(saying.test(next) || (next + 1 < clause.end() && saying.test(next + 1)));
        }
        // "وفي سياق متصل", "إلى ذلك", "من جهة أخرى", "من جانب آخر", "وفي حادث منفصل"
        for (int k = clause.first() + 1; k < Math.min(clause.end(), clause.first() + 3); k++) {
            String f = text.token(k).form();
            String before = text.token(k - 1).form();
            if ((f.equals("سياق") && (before.equals("وفي") || before.equals("في")))
                    || ((f.equals("منفصل") || f.equals("منفصله")) && words.is(ClauseWords.Kind.SEPARATE_NOUN, before))
                    || (f.equals("ذلك") && (before.equals("الي") || before.equals("والي")))
                    || ((f.equals("جهه") || f.equals("جانب")) && (before.equals("من") || before.equals("ومن")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وفي ذات السياق، جاء حرق سفينة …": the sentence goes on about what the one before was about, so the group
     * that sentence was about is the doer of what this one tells without naming one.
     */
    boolean sameContext(AnalyzedText text, Sentence s) {
        int first = s.firstToken();
        int end = Math.min(s.endToken(), first + 4);
        if (end - first < 3 || !(text.token(first).is("وفي") || text.token(first).is("في"))) {
            return false;
        }
        for (int k = first + 1; k < end; k++) {
            if (text.token(k).is("السياق")) {
                // "ذات السياق", "نفس السياق", "هذا السياق", "السياق ذاته"
                return words.is(ClauseWords.Kind.SAME, text.token(k - 1).form())
                        || k + 1 < s.endToken() && words.is(ClauseWords.Kind.SAME, text.token(k + 1).form());
            }
        }
        return false;
    }

    /** The last armed group, not a state's force, named in sentence {@code s}; null if none. */
    static Actor lastGroupNamed(Mentions m, DocumentMarks marks, Sentence s) {
        Actor last = null;
        List<ActorMention> actors = m.actors();
        for (int i = marks.actorsFrom(s.firstToken()); i < actors.size() && actors.get(i).first() < s.endToken(); i++) {
            Actor a = actors.get(i).actor();
            if (a.isArmedGroup() && !a.isState() && !a.category().equals("unidentified")) {
                last = a;
            }
        }
        return last;
    }

    /**
     * Whether the clause speaks of an incident already told: its event word, or an event word before it, refers
     * back ("الهجوم بدأ … وتضمن تفجير عبوات ناسفة" details the attack, it is not a second one).
     */
    static boolean refersBack(AnalyzedText text, DocumentMarks marks, Clause clause, TermMatch trigger) {
        if (anaphoric(text, trigger)) {
            return true;
        }
        for (int k = clause.first(); k < trigger.first(); k++) {
            if (marks.refersBackAt(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date at {@code k} dates the thing a relative clause describes ("… عن مقهى كابوتشينو الذي هاجمه
     * جهاديون في يناير 2016"): a date told in passing about something else, which the next sentences do not take.
     */
    boolean inRelativeClause(AnalyzedText text, int k, int sentenceStart) {
        for (int i = k - 1; i >= sentenceStart; i--) {
            if (text.token(i).isPunct() && !text.token(i).is("\"")) {
                return false;
            }
            if (words.is(ClauseWords.Kind.RELATIVE_PRONOUN, text.token(i).form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "لقي خمسة عشر مدنيا حتفهم خلال هجوم على قافلة": an indefinite event noun after a preposition introduces an
     * attack; with a toll of its own the clause is a new incident, not more of the one just told ("في الهجوم").
     * A noun annexed to what follows ("اثر استهداف سيارتهم", "في هجوم الأحد") is definite: it may be the one told.
     */
    boolean introducesAttack(AnalyzedText text, TermMatch trigger) {
        String prefix = trigger.prefix();
        if (!prefix.isEmpty() || trigger.suffix() || trigger.first() == 0
                || !words.is(ClauseWords.Kind.CIRCUMSTANCE, text.token(trigger.first() - 1).form())) {
            return false;
        }
        if (trigger.end() >= text.size()) {
            return true;
        }
        Token next = text.token(trigger.end());
        String word = text.original().substring(next.start(), next.end());
        return !next.isPunct() && !next.form().startsWith("ال") && !next.form().startsWith("لل")
                && !(word.endsWith("هم") || word.endsWith("ها") || word.endsWith("هن"));
    }

    /** "الهجوم", "هذا الهجوم": the event word refers back to an incident already told. */
    static boolean anaphoric(AnalyzedText text, TermMatch trigger) {
        String prefix = trigger.prefix();
        if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
            return true;
        }
        if (trigger.first() > 0) {
            String before = text.token(trigger.first() - 1).form();
            return before.equals("هذا") || before.equals("هذه") || before.equals("ذلك") || before.equals("تلك");
        }
        return false;
    }

    /** An armed target noun in the clause ("بينهم ثمانية من المتطوعين", "جنود"). */
    static boolean armedAmongVictims(Mentions m, DocumentMarks marks, Clause clause) {
        for (int k = clause.first(); k < clause.end(); k++) {
            if (!marks.targetAt(k)) {
                continue;
            }
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.civilian()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first state or armed actor named in the clause, else the given one. */
    static Actor armedNamed(Mentions m, DocumentMarks marks, Clause clause, Actor otherwise) {
        List<ActorMention> actors = m.actors();
        for (int i = marks.actorsFrom(clause.first());
             i < actors.size() && actors.get(i).first() < clause.end(); i++) {
            ActorMention a = actors.get(i);
            if (!a.actor().isCivilian() && (a.actor().isState()
                    || a.actor().category().contains("militia"))) {
                return a.actor();
            }
        }
        return otherwise;
    }

    /** An attack noun after the event word says who was hit: "هجوم على قرية" (civilians), "على قاعدة" (armed). */
    static TargetTerm targetNoun(Mentions m, DocumentMarks marks, Clause clause, TermMatch trigger) {
        TargetTerm after = targetNoun(m, marks, trigger.end(), clause.end());
        return after != null ? after : targetNoun(m, marks, clause.first(), trigger.first());
    }

    /** The first attack noun (not a person) in tokens [from, to); null if none. */
    private static TargetTerm targetNoun(Mentions m, DocumentMarks marks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!marks.targetAt(k)) {
                continue;
            }
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.person() && !target.single()
                        && !withinActor(m, marks, t.first(), t.end())) {
                    return target;
                }
            }
        }
        return null;
    }

    /** The most tokens an actor's name runs before a word inside it. */
    private static final int LONGEST_NAME = 8;

    /** Whether tokens [first, end) lie within an actor's name: "تنظيم القاعدة" is a group, not a base. */
    private static boolean withinActor(Mentions m, DocumentMarks marks, int first, int end) {
        List<ActorMention> actors = m.actors();
        for (int i = marks.actorsFrom(Math.max(0, first - LONGEST_NAME)); i < actors.size() && actors.get(i).first() < end; i++) {
            if (actors.get(i).end() > first) {
                return true;
            }
        }
        return false;
    }

    /** "75 قتيلا في 8 عمليات", "في هجومين": a toll over several operations is an aggregate. */
    static boolean aggregate(Mentions m, DocumentMarks marks, Clause clause) {
        List<NumberMention> numbers = m.numbers();
        for (int i = marks.numbersFrom(clause.first());
             i < numbers.size() && numbers.get(i).first() < clause.end(); i++) {
            NumberMention n = numbers.get(i);
            if (n.value() > 1) {
                String own = m.text().token(n.end() - 1).form();
                String next = n.end() < m.text().size() ? m.text().token(n.end()).form() : "";
                if (operations(own) || operations(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean operations(String form) {
        return form.startsWith("عمليات") || form.startsWith("هجمات") || form.startsWith("عملي") || form.startsWith("هجوم");
    }

    /**
     * Whether the clause calls what it tells separate: "مقتل 14 شخصا في هجومين منفصلين", an {@link #aggregate}
     * that says so, is a lead that sums up separate attacks the text then tells one by one (kept only when the
     * text does not tell them).
     */
    static boolean separate(AnalyzedText text, Clause clause) {
        for (int k = clause.first(); k < clause.end(); k++) {
            if (text.token(k).form().startsWith("منفصل")) {
                return true;
            }
        }
        return false;
    }
}
