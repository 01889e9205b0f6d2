package org.marsad.engine.text;

/**
 * One token of a document.
 *
 * @param index           position in the document's token list
 * @param form            folded form, used for all matching
 * @param span            where it stands in the original text
 * @param kind            word, number or punctuation
 * @param sentence        index of its sentence
 * @param spaceBefore     whether whitespace separates it from the previous token
 * @param newlineBefore   whether a line break separates it from the previous token
 */
public record Token(int index, String form, Span span, TokenKind kind, int sentence, boolean spaceBefore,
                    boolean newlineBefore) {
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
