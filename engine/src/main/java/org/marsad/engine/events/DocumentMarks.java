package org.marsad.engine.events;

import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberMention;

/**
 * Per-token facts the event stages consult for every clause, computed once per document so that reading
 * a clause costs its own length, not the document's.
 *
 * @param numberEnds     a quantity or a casualty word ends here: the people right after it are the ones hit
 * @param targetNounEnds a noun naming what was hit (a base, a village) ends here
 * @param cueAt          the casualty word starting here (killed, wounded …), or null
 * @param cueEnd         where that casualty word ends
 * @param sayingAt       a verb of saying, a claim or a source starts here
 * @param attributionAt  an attribution (حسب، وفق) starts here
 */
record DocumentMarks(boolean[] numberEnds, boolean[] targetNounEnds, FatalityCueTerm.Kind[] cueAt, int[] cueEnd,
                     boolean[] sayingAt, boolean[] attributionAt) {

    static DocumentMarks of(Mentions m) {
        int n = m.text().size() + 1;
        boolean[] numberEnds = new boolean[n];
        boolean[] targetNounEnds = new boolean[n];
        FatalityCueTerm.Kind[] cueAt = new FatalityCueTerm.Kind[n];
        int[] cueEnd = new int[n];
        boolean[] sayingAt = new boolean[n];
        boolean[] attributionAt = new boolean[n];
        for (NumberMention q : m.numbers()) {
            numberEnds[q.end()] = true;
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof FatalityCueTerm f) {
                numberEnds[t.end()] = true;
                if (cueAt[t.first()] == null || t.end() > cueEnd[t.first()]) {
                    cueAt[t.first()] = f.kind();
                    cueEnd[t.first()] = t.end();
                }
            } else if (t.term() instanceof TargetTerm) {
                targetNounEnds[t.end()] = true;
            } else if (t.term() instanceof StatusCueTerm c && (c.cue() == StatusCueTerm.Cue.SAY
                    || c.cue() == StatusCueTerm.Cue.CLAIM || c.cue() == StatusCueTerm.Cue.INDEPENDENT_SOURCE)) {
                sayingAt[t.first()] = true;
            } else if (t.term() instanceof StatusCueTerm c && c.cue() == StatusCueTerm.Cue.ACCORDING_TO) {
                attributionAt[t.first()] = true;
            }
        }
        return new DocumentMarks(numberEnds, targetNounEnds, cueAt, cueEnd, sayingAt, attributionAt);
    }
}
