package org.marsad.engine.text;

/**
 * A text folded for matching, with the way back to the original.
 *
 * <p>Invariant: {@code toOriginal.length == folded.length() + 1}; {@code toOriginal[i]} is the index in
 * {@code original} of folded char {@code i}, and the last entry is {@code original.length()}. A folded range
 * [a, b) therefore covers the original range [toOriginal[a], toOriginal[b]), which includes any deleted
 * diacritics that trail the last kept char.
 */
public record NormalizedText(String original, String folded, int[] toOriginal) {

    /** Maps a half-open folded range back to the original text. */
    public Span originalSpan(int foldedStart, int foldedEnd) {
        return new Span(originalStart(foldedStart), originalEnd(foldedStart, foldedEnd));
    }

    /** Where the folded range starting at {@code foldedStart} starts in the original text. */
    int originalStart(int foldedStart) {
        return toOriginal[foldedStart];
    }

    /** Where the folded range [foldedStart, foldedEnd) ends in the original text, exclusive. */
    int originalEnd(int foldedStart, int foldedEnd) {
        if (foldedEnd == foldedStart) {
            return toOriginal[foldedStart];
        }
        int end = toOriginal[foldedEnd - 1] + 1;
        // Keep deleted marks (diacritics, tatweel) that follow the last kept char inside the span.
        int next = toOriginal[foldedEnd];
        while (end < next && !Character.isWhitespace(original.charAt(end))) {
            end++;
        }
        return end;
    }
}
