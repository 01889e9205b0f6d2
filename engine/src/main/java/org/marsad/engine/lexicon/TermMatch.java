package org.marsad.engine.lexicon;

/**
 * A lexicon entry found in the text: tokens [first, end), the term, and the clitics that were stripped.
 *
 * @param prefix proclitic chain stripped from the first token, "" for none
 * @param suffix true when an enclitic pronoun was stripped from the last token
 */
public record TermMatch(int first, int end, Term term, String prefix, boolean suffix) {
    public int length() {
        return end - first;
    }

    public boolean overlaps(TermMatch o) {
        return first < o.end && o.first < end;
    }
}
