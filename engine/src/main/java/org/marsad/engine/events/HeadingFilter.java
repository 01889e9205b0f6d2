package org.marsad.engine.events;

import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Token;

/**
 * Marks the heading of an article: the paragraphs before the first paragraph of prose (one that ends a
 * sentence with a full stop, or runs on with commas). Headlines, datelines and bylines restate the
 * story the body tells; events are read from the body, and from the heading only when the body gives none.
 */
final class HeadingFilter {
    /** Words a comma-bearing paragraph needs to count as prose rather than a caption. */
    static final int PROSE_WORDS = 12;

    /**
     * The paragraph where the heading ends: paragraphs before it are the heading. 0 (no heading) when no
     * paragraph is prose.
     */
    int headingEnd(AnalyzedText text, ParagraphCounts counts) {
        for (int p = 0; p < counts.paragraphs(); p++) {
            if (!counts.isEmpty(p) && isProse(counts.words(p), counts.commas(p) > 0, terminated(text, counts.lastSentence(p)))) {
                return p;
            }
        }
        return 0;
    }

    /** Only a paragraph's last sentence decides: a headline may hold ".." or "؟!" in its middle. */
    private static boolean terminated(AnalyzedText text, Sentence s) {
        Token last = text.token(s.endToken() - 1);
        Token beforeLast = s.size() > 1 ? text.token(s.endToken() - 2) : null;
        boolean doubled = beforeLast != null && beforeLast.isPunct() && last.isPunct();
        return (last.is(".") || last.is("!") || last.is("?") || last.is("\"") && s.size() > 3) && !doubled;
    }

    private static boolean isProse(int words, boolean comma, boolean terminated) {
        return words >= 4 && (terminated || (comma && words >= PROSE_WORDS));
    }
}
