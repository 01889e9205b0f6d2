package org.marsad.engine.text;

/**
 * A sentence: tokens [firstToken, endToken) and the original span from its first to its last token.
 *
 * @param paragraph index of the line-delimited paragraph it belongs to
 */
public record Sentence(int index, int firstToken, int endToken, Span span, int paragraph) {
    public int size() {
        return endToken - firstToken;
    }

    public boolean containsToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
