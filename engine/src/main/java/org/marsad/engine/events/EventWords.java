package org.marsad.engine.events;

import org.marsad.engine.lexicon.TermMatch;

/** The event words of a document: the one that starts at each token, and the strongest one of a clause. */
final class EventWords {
    private EventWords() {
    }

    /**
     * Of two event words starting at one token, the one that stands for it: the longest, then the one of highest
     * priority, then the one seen first ({@code current}). A non-event phrase masks the event words that start
     * inside it (see {@link DocumentMarks}).
     */
    static TermMatch stronger(TermMatch candidate, TermMatch current) {
        if (current == null || candidate.length() > current.length() || (candidate.length() == current.length()
                && priority(candidate) > priority(current))) {
            return candidate;
        }
        return current;
    }

    /** The clause's event word of highest priority (the first one on a tie), leaving out words inside a date. */
    static TermMatch strongest(DocumentMarks marks, Clause clause) {
        TermMatch best = null;
        for (int k = clause.first(); k < clause.end(); k++) {
            if (marks.eventWord(k) && (best == null || priority(marks.trigger(k)) > priority(best))) {
                best = marks.trigger(k);
            }
        }
        return best;
    }

    private static int priority(TermMatch eventWord) {
        return ((TriggerTerm) eventWord.term()).priority();
    }
}
