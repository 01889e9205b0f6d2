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

    boolean[] headingSentences(AnalyzedText text) {
        boolean[] heading = new boolean[text.sentences().size()];
        int firstProse = Integer.MAX_VALUE;
        int paragraph = -1;
        int words = 0;
        boolean comma = false;
        boolean terminated = false;
        for (Sentence s : text.sentences()) {
            if (s.paragraph() != paragraph) {
                if (paragraph >= 0 && isProse(words, comma, terminated)) {
                    firstProse = paragraph;
                    break;
                }
                paragraph = s.paragraph();
                words = 0;
                comma = false;
                terminated = false;
            }
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Token tok = text.token(t);
                words += tok.isWord() ? 1 : 0;
                comma |= tok.is(",");
            }
            // only the paragraph's last sentence decides: a headline may hold ".." or "؟!" in its middle
            Token last = text.token(s.endToken() - 1);
            Token beforeLast = s.size() > 1 ? text.token(s.endToken() - 2) : null;
            boolean doubled = beforeLast != null && beforeLast.isPunct() && last.isPunct();
            terminated = (last.is(".") || last.is("!") || last.is("?") || last.is("\"") && s.size() > 3) && !doubled;
        }
        if (firstProse == Integer.MAX_VALUE && paragraph >= 0 && isProse(words, comma, terminated)) {
            firstProse = paragraph;
        }
        if (firstProse == Integer.MAX_VALUE) {
            return heading;
        }
        for (Sentence s : text.sentences()) {
            heading[s.index()] = s.paragraph() < firstProse;
        }
        return heading;
    }

    private static boolean isProse(int words, boolean comma, boolean terminated) {
        return words >= 4 && (terminated || (comma && words >= PROSE_WORDS));
    }
}
