package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Token;

/**
 * The words, commas and semicolons of each paragraph of one document, counted when first asked for: the filters
 * that need them look at the heading and at the paragraphs holding an event word, seldom at every paragraph.
 * One instance serves one extraction, on one thread.
 */
final class ParagraphCounts {
    private final AnalyzedText text;
    /** The first sentence of each paragraph, and after the last paragraph the number of sentences. */
    private final int[] firstSentence;
    private final int[] words;
    private final int[] commas;
    private final int[] semicolons;
    private final boolean[] counted;

    ParagraphCounts(AnalyzedText text) {
        this.text = text;
        List<Sentence> sentences = text.sentences();
        int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
        firstSentence = new int[paragraphs + 1];
        // sentences come in paragraph order, so each paragraph's sentences are one run
        int s = sentences.size();
        for (int p = paragraphs; p >= 0; p--) {
            while (s > 0 && sentences.get(s - 1).paragraph() >= p) {
                s--;
            }
            firstSentence[p] = s;
        }
        words = new int[paragraphs];
        commas = new int[paragraphs];
        semicolons = new int[paragraphs];
        counted = new boolean[paragraphs];
    }

    int paragraphs() {
        return words.length;
    }

    /** Whether the paragraph holds no sentence (its line held no token). */
    boolean isEmpty(int paragraph) {
        return firstSentence[paragraph] == firstSentence[paragraph + 1];
    }

    /** The paragraph's last sentence; only for a paragraph that is not {@link #isEmpty empty}. */
    Sentence lastSentence(int paragraph) {
        return text.sentences().get(firstSentence[paragraph + 1] - 1);
    }

    int words(int paragraph) {
        count(paragraph);
        return words[paragraph];
    }

    int commas(int paragraph) {
        count(paragraph);
        return commas[paragraph];
    }

    int semicolons(int paragraph) {
        count(paragraph);
        return semicolons[paragraph];
    }

    private void count(int paragraph) {
        if (counted[paragraph] || isEmpty(paragraph)) {
            return;
        }
        int first = text.sentences().get(firstSentence[paragraph]).firstToken();
        int end = lastSentence(paragraph).endToken();
        for (int t = first; t < end; t++) {
            Token tok = text.token(t);
            if (tok.isWord()) {
                words[paragraph]++;
            } else if (tok.is(",")) {
                commas[paragraph]++;
            } else if (tok.is(";")) {
                semicolons[paragraph]++;
            }
        }
        counted[paragraph] = true;
    }
}
