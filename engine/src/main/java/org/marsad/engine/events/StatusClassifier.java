package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.Status;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Token;

/**
 * Decides how a clause's event is known, following the corpus conventions: a group's own statement
 * (claim words, its weekly or agency, or a verb of saying whose subject is an armed group) makes it
 * claimed unless an independent source in the same sentence confirms it; rumour, speculation and denial
 * cues give their status; a negation right before the event word, a condition, a question or a plan mean
 * there is no event.
 */
final class StatusClassifier {
    /** How close before the event word a negation particle must be to negate it ("لم تدخل"). */
    private static final int NEGATION_WINDOW = 2;
    private final ClauseWords words;

    StatusClassifier(ClauseWords words) {
        this.words = words;
    }

    /**
     * @param lastClaimer the group whose claim the previous clause of the paragraph reported: "ذكرت في مجلتها"
     *                    with no group named continues its statement
     */
    StatusReading classify(AnalyzedText text, MatchIndex index, DocumentMarks marks, List<ActorMention> actors,
                           Clause clause, int trigger, Actor lastClaimer) {
        Sentence sentence = text.sentences().get(clause.sentence());
        boolean claim = false;
        boolean independent = false;
        boolean rumor = false;
        boolean speculation = false;
        boolean denial = false;
        int hedgeAt = -1;
        boolean notAnEvent = false;
        boolean negated = false;
        boolean reportDate = false;
        Actor claimer = null;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            if (!marks.statusCueAt(k)) {
                continue;
            }
            boolean ownOutlet = claimMediumAt(index, k);
            for (TermMatch m : index.at(k)) {
                if (!(m.term() instanceof StatusCueTerm cue)) {
                    continue;
                }
                if (ownOutlet && cue.cue() == StatusCueTerm.Cue.INDEPENDENT_SOURCE) {
                    continue; // "وكالة أعماق" is the group's own agency, not an agency that confirms
                }
                boolean inClause = clause.contains(k);
                switch (cue.cue()) {
                    case CLAIM, CLAIM_MEDIUM -> {
                        if (inClause || k < trigger) {
                            claim = true;
                            if (claimer == null) {
                                claimer = speaker(actors, marks, m, clause);
                            }
                            // a weekly or an agency sums up days of operations: its date is not the incident's day
                            reportDate |= cue.cue() == StatusCueTerm.Cue.CLAIM_MEDIUM && k < trigger && k >= clause.first();
                        }
                    }
                    case SAY, ACCORDING_TO -> {
                        // reported speech ("قالت إن …") runs to the end of the sentence: "حيث قالت إن عملياتها شملت
                        // هجوما …، وكمينا نصبته للجيش" is the group's word for the ambush too
                        if (k < trigger && (inClause || reportedSpeech(text, m))) {
                            Actor s = speaker(actors, marks, m, inClause ? clause : sentenceClause(sentence));
                            if (s != null && s.isArmedGroup()) {
                                claim = true;
                                claimer = claimer == null ? s : claimer;
                            } else if (s != null && s.isState()) {
                                independent = true;
                            }
                        }
                    }
                    // a source counts when something is attributed to it ("قالت مصادر أمنية"), not when it is named
                    case INDEPENDENT_SOURCE -> independent |= nearSaying(index, marks, m, sentence);
                    case RUMOR -> rumor = true;
                    case SPECULATION -> speculation |= k < trigger && inClause;
                    case HEDGE -> hedgeAt = inClause && hedgeAt < 0 ? k : hedgeAt;
                    case DENIAL -> denial = true;
                    case NEGATION -> {
                        notAnEvent |= inClause && k < trigger && trigger - m.end() < NEGATION_WINDOW;
                        negated |= inClause && k < trigger && k <= clause.first() + 1;
                    }
                    case HYPOTHETICAL -> notAnEvent |= k < trigger && k <= clause.first() + 2;
                    case QUESTION -> notAnEvent |= k <= sentence.firstToken() + 1;
                    // "يسعى إلى السيطرة": the event itself is intended; a plan named after the event word qualifies something else
                    case PLANNED -> notAnEvent |= inClause && k < trigger;
                }
            }
        }
        if (text.token(sentence.endToken() - 1).is("?")) {
            notAnEvent = true;
        }
        if (claim && claimer == null) {
            claimer = lastClaimer;
        }
        Status status;
        if (denial) {
            status = Status.DENIED;
        } else if (rumor) {
            status = Status.RUMOR;
        } else if (speculation) {
            status = Status.SPECULATION;
        } else if (claim && !independent) {
            status = Status.CLAIMED;
        } else {
            status = Status.REPORTED;
        }
        return new StatusReading(status, claim ? claimer : null, hedgeAt, notAnEvent, reportDate && claim, negated);
    }

    /** How far after a verb of saying its complementiser may stand, past the speaker's name. */
    private static final int COMPLEMENT_WINDOW = 8;

    /** "قالت الجماعة إن …", "أكدت “داعش” أن …": the verb opens reported speech, not just a statement of fact. */
    private boolean reportedSpeech(AnalyzedText text, TermMatch say) {
        for (int k = say.end(); k < Math.min(text.size(), say.end() + COMPLEMENT_WINDOW); k++) {
            Token t = text.token(k);
            if (words.is(ClauseWords.Kind.COMPLEMENTISER, t.form())) {
                return true;
            }
            if (t.isPunct() && !t.is("\"")) {
                return false;
            }
        }
        return false;
    }

    private static Clause sentenceClause(Sentence s) {
        return new Clause(s.index(), s.firstToken(), s.endToken());
    }

    /** Whether a belligerent's own outlet is named from token {@code k} ("وكالة أعماق", "مؤسسة الزلاقة"). */
    private static boolean claimMediumAt(MatchIndex index, int k) {
        for (TermMatch m : index.at(k)) {
            if (m.term() instanceof StatusCueTerm c && c.cue() == StatusCueTerm.Cue.CLAIM_MEDIUM) {
                return true;
            }
        }
        return false;
    }

    /** How close a verb of saying must stand to a source for the source to be the one speaking. */
    private static final int SOURCE_WINDOW = 4;

    private static boolean nearSaying(MatchIndex index, DocumentMarks marks, TermMatch source, Sentence sentence) {
        int from = Math.max(sentence.firstToken(), source.first() - SOURCE_WINDOW);
        int to = Math.min(sentence.endToken(), source.end() + SOURCE_WINDOW);
        for (int k = from; k < to; k++) {
            if (!marks.statusCueAt(k)) {
                continue;
            }
            for (TermMatch m : index.at(k)) {
                if (m.term() instanceof StatusCueTerm c
                        && (c.cue() == StatusCueTerm.Cue.SAY || c.cue() == StatusCueTerm.Cue.ACCORDING_TO)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many tokens after a claim or saying word its speaker may start (VSO: "أعلن تنظيم داعش"). */
    private static final int SPEAKER_AFTER_WINDOW = 2;

    /**
     * The actor speaking through a claim or saying word: right after it (VSO), else the nearest before it in the
     * clause. Actor mentions are in text order: the first one from the cue's end is the one right after it.
     */
    private static Actor speaker(List<ActorMention> actors, DocumentMarks marks, TermMatch cue, Clause clause) {
        int next = marks.actorsFrom(cue.end());
        if (next < actors.size() && actors.get(next).first() <= cue.end() + SPEAKER_AFTER_WINDOW) {
            return actors.get(next).actor();
        }
        ActorMention before = null;
        for (int i = marks.actorsFrom(clause.first());
             i < actors.size() && actors.get(i).first() < cue.first(); i++) {
            if (actors.get(i).end() <= cue.first()) {
                before = actors.get(i);
            }
        }
        return before == null ? null : before.actor();
    }
}
