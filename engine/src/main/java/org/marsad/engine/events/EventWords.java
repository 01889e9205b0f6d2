package org.marsad.engine.events;

import org.marsad.engine.lexicon.TermMatch;

/** The event words of a document: the one that starts at each token, and the strongest one of a clause. */
final class EventWords {
    private EventWords() {
    }

    /**
     * The event word starting at each token: the longest, then the one of highest priority. A non-event phrase
     * masks the event words that start inside it.
     */
    static TermMatch[] triggers(Mentions m) {
        TermMatch[] at = new TermMatch[m.text().size() + 1];
        boolean[] masked = new boolean[m.text().size() + 1];
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof NonEventTerm) {
                for (int k = t.first(); k < t.end(); k++) {
                    masked[k] = true;
                }
            }
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof TriggerTerm tt && !masked[t.first()]) {
                TermMatch cur = at[t.first()];
                if (cur == null || t.length() > cur.length()
                        || (t.length() == cur.length() && tt.priority() > ((TriggerTerm) cur.term()).priority())) {
                    at[t.first()] = t;
                }
            }
        }
        return at;
    }

    /** The clause's event word of highest priority (the first one on a tie), leaving out words inside a date. */
    static TermMatch strongest(TermMatch[] at, Clause clause, boolean[] dateTokens) {
        TermMatch best = null;
        for (int k = clause.first(); k < clause.end(); k++) {
            TermMatch t = at[k];
            if (t == null || dateTokens[k]) {
                continue;
            }
            if (best == null || ((TriggerTerm) t.term()).priority() > ((TriggerTerm) best.term()).priority()) {
                best = t;
            }
        }
        return best;
    }
}
