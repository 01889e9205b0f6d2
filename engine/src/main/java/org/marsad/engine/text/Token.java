package org.marsad.engine.text;

/**
 * One token of a document.
 *
 * @param index           position in the document's token list
 * @param form            folded form, used for all matching
 * @param start           where it starts in the original text (UTF-16 offset)
 * @param end             where it ends in the original text, exclusive
 * @param kind            word, number or punctuation
 * @param sentence        index of its sentence
 * @param spaceBefore     whether whitespace separates it from the previous token
 * @param newlineBefore   whether a line break separates it from the previous token
 */
public record Token(int index, String form, int start, int end, TokenKind kind, int sentence, boolean spaceBefore,
                    boolean newlineBefore) {
    /**
     * Where it stands in the original text. Kept as two ints rather than a {@link Span}: every document makes a
     * token per word, and few of their spans are ever asked for.
     */
    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isNumber() {
        return kind == TokenKind.NUMBER;
    }

    public boolean isPunct() {
        return kind == TokenKind.PUNCT;
    }

    public boolean is(String folded) {
        return form.equals(folded);
    }
}
