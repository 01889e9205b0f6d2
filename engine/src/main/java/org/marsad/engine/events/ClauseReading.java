package org.marsad.engine.events;

import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;

/**
 * What the words of one clause say about the event it tells: a caption line, an opener of a new item, an event
 * word that refers back, an aggregate or summary lead, armed people among the victims, the noun of what was hit.
 */
final class ClauseReading {
    private ClauseReading() {
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

    /** Openers that add another item to a report: "كما", "وفي سياق متصل", "إلى ذلك", "من جهة أخرى". */
    /** Nouns that "منفصل" marks as another incident ("في حادث منفصل", folded forms). */
    private static final Set<String> SEPARATE_NOUNS = Set.of("حادث", "حادثه", "هجوم", "واقعه", "عمليه", "اشتباك");

    static boolean opensNewItem(AnalyzedText text, Clause clause, IntPredicate saying) {
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
                    || ((f.equals("منفصل") || f.equals("منفصله")) && SEPARATE_NOUNS.contains(before))
                    || (f.equals("ذلك") && (before.equals("الي") || before.equals("والي")))
                    || ((f.equals("جهه") || f.equals("جانب")) && (before.equals("من") || before.equals("ومن")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause speaks of an incident already told: its event word, or an event word before it, refers
     * back ("الهجوم بدأ … وتضمن تفجير عبوات ناسفة" details the attack, it is not a second one).
     */
    static boolean refersBack(Mentions m, Clause clause, TermMatch trigger) {
        if (anaphoric(m.text(), trigger)) {
            return true;
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof TriggerTerm && t.first() >= clause.first() && t.first() < trigger.first()
                    && anaphoric(m.text(), t)) {
                return true;
            }
        }
        return false;
    }

    /** "الهجوم", "هذا الهجوم": the event word refers back to an incident already told. */
    private static boolean anaphoric(AnalyzedText text, TermMatch trigger) {
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
    static boolean armedAmongVictims(Mentions m, Clause clause) {
        for (int k = clause.first(); k < clause.end(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.civilian()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first state or armed actor named in the clause, else the given one. */
    static Actor armedNamed(Mentions m, Clause clause, Actor otherwise) {
        for (ActorMention a : m.actors()) {
            if (clause.contains(a.first()) && !a.actor().isCivilian() && (a.actor().isState()
                    || a.actor().category().contains("militia"))) {
                return a.actor();
            }
        }
        return otherwise;
    }

    /** An attack noun after the event word says who was hit: "هجوم على قرية" (civilians), "على قاعدة" (armed). */
    static Boolean targetNoun(Mentions m, Clause clause, TermMatch trigger) {
        for (int k = trigger.end(); k < clause.end(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.person()) {
                    return target.civilian();
                }
            }
        }
        for (int k = clause.first(); k < trigger.first(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.person()) {
                    return target.civilian();
                }
            }
        }
        return null;
    }

    /** "75 قتيلا في 8 عمليات", "في هجومين": a toll over several operations is an aggregate. */
    static boolean aggregate(Mentions m, Clause clause) {
        for (NumberMention n : m.numbers()) {
            if (clause.contains(n.first()) && n.value() > 1) {
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
     * "مقتل 14 شخصا في هجومين منفصلين": a lead that sums up separate attacks the text then tells one by one.
     * It is kept only when the text does not tell them.
     */
    static boolean summary(Mentions m, Clause clause) {
        if (!aggregate(m, clause)) {
            return false;
        }
        for (int k = clause.first(); k < clause.end(); k++) {
            if (m.text().token(k).form().startsWith("منفصل")) {
                return true;
            }
        }
        return false;
    }
}
