package org.marsad.engine.events;

import org.marsad.engine.text.AnalyzedText;

/** The sentence where a draft's evidence ends; merged evidence may reach past the draft's own sentence. */
final class EvidenceSentence {
    private EvidenceSentence() {
    }

    /** The index of the sentence holding the last character of the draft's evidence. */
    static int last(AnalyzedText text, EventDraft d) {
        return text.sentenceOf(tokenAt(text, d.evidence().end() - 1)).index();
    }

    /** The token holding a character offset (the last token starting at or before it). */
    private static int tokenAt(AnalyzedText text, int offset) {
        int lo = 0;
        int hi = text.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (text.token(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
