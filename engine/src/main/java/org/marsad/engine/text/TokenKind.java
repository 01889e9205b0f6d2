package org.marsad.engine.text;

/** What a token is made of. */
public enum TokenKind {
    /** Letters (Arabic or Latin). */
    WORD,
    /** ASCII digits after folding (Arabic-Indic digits fold to them). */
    NUMBER,
    /** One punctuation or symbol char. */
    PUNCT
}
