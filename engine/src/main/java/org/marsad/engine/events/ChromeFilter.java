package org.marsad.engine.events;

import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;

/**
 * Marks site chrome that no event may come from: a long line of headlines strung together (many words and
 * not one comma, which real Arabic paragraphs always have), and short navigation lines at the very top.
 */
final class ChromeFilter {
    /** Words in a line above which a comma-free line is a run of headlines, not prose. */
    static final int HEADLINE_RUN_WORDS = 40;

    boolean[] chromeSentences(AnalyzedText text) {
        boolean[] chrome = new boolean[text.sentences().size()];
        int paragraphs = text.sentences().isEmpty() ? 0 : text.sentences().get(text.sentences().size() - 1).paragraph() + 1;
        int[] words = new int[paragraphs];
        int[] commas = new int[paragraphs];
        for (Sentence s : text.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (text.token(t).isWord()) {
                    words[s.paragraph()]++;
                } else if (text.token(t).is(",") || text.token(t).is(";")) {
                    commas[s.paragraph()]++;
                }
            }
        }
        for (Sentence s : text.sentences()) {
            chrome[s.index()] = words[s.paragraph()] >= HEADLINE_RUN_WORDS && commas[s.paragraph()] == 0;
        }
        return chrome;
    }
}
