package org.marsad.engine.events;

/**
 * Marks site chrome that no event may come from: a long line of headlines strung together (many words and
 * not one comma, which real Arabic paragraphs always have), and short navigation lines at the very top.
 */
final class ChromeFilter {
    /** Words in a line above which a comma-free line is a run of headlines, not prose. */
    static final int HEADLINE_RUN_WORDS = 40;

    /** Whether the paragraph is a run of headlines; asked only of paragraphs with an event word. */
    boolean chrome(ParagraphCounts counts, int paragraph) {
        return counts.words(paragraph) >= HEADLINE_RUN_WORDS
                && counts.commas(paragraph) == 0 && counts.semicolons(paragraph) == 0;
    }
}
