package org.marsad.engine.text;

import java.util.Arrays;

/**
 * The tokens of one folded text as parallel arrays, before sentence splitting: one object per document
 * instead of one per token, so that the splitter can read kinds and punctuation chars and the token
 * records are then built once, with their sentence index, rather than built and rebuilt.
 */
final class TokenScan {
    final NormalizedText text;
    /** The folded text's chars, as the tokenizer read them. */
    private final char[] chars;
    private int size;
    private int[] start;
    private int[] end;
    private TokenKind[] kind;
    private boolean[] space;
    private boolean[] newline;

    TokenScan(NormalizedText text, char[] chars, int capacity) {
        this.text = text;
        this.chars = chars;
        int c = Math.max(8, capacity);
        start = new int[c];
        end = new int[c];
        kind = new TokenKind[c];
        space = new boolean[c];
        newline = new boolean[c];
    }

    void add(int from, int to, TokenKind k, boolean spaceBefore, boolean newlineBefore) {
        if (size == start.length) {
            int c = size * 2;
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            kind = Arrays.copyOf(kind, c);
            space = Arrays.copyOf(space, c);
            newline = Arrays.copyOf(newline, c);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = k;
        space[size] = spaceBefore;
        newline[size] = newlineBefore;
        size++;
    }

    int size() {
        return size;
    }

    TokenKind kind(int i) {
        return kind[i];
    }

    boolean spaceBefore(int i) {
        return space[i];
    }

    boolean newlineBefore(int i) {
        return newline[i];
    }

    /** The single char of a one-char token (all punctuation but astral symbols), else 0. */
    char onlyChar(int i) {
        return end[i] - start[i] == 1 ? chars[start[i]] : 0;
    }

    /** The original offset where token {@code i} starts. */
    int originalStart(int i) {
        return text.originalStart(start[i]);
    }

    /** The original offset where token {@code i} ends, exclusive. */
    int originalEnd(int i) {
        return text.originalEnd(start[i], end[i]);
    }

    Token token(int i, int sentence) {
        return new Token(i, text.folded().substring(start[i], end[i]), originalStart(i), originalEnd(i), kind[i], sentence,
                space[i], newline[i]);
    }
}
