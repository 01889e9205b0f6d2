package org.marsad.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into word, number and punctuation tokens. Letters and digits never share a token
 * ("ال40" is "ال" + "40", "2024م" is "2024" + "م"), which is how Arabic news glues them.
 * Sentence indices are left at 0; {@link SentenceSplitter} assigns them.
 */
public final class Tokenizer {

    public List<Token> tokenize(NormalizedText text) {
        String s = text.folded();
        List<Token> tokens = new ArrayList<>(s.length() / 5 + 8);
        int i = 0;
        int n = s.length();
        boolean space = true;
        boolean newline = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                space = true;
                if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (isWordChar(c)) {
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
                kind = TokenKind.WORD;
            } else if (isDigit(c)) {
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                kind = TokenKind.NUMBER;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = TokenKind.PUNCT;
            }
            Span span = text.originalSpan(start, i);
            tokens.add(new Token(tokens.size(), s.substring(start, i), span, kind, 0, space, newline));
            space = false;
            newline = false;
        }
        return tokens;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters and combining marks that survived folding; digits are excluded on purpose. */
    static boolean isWordChar(char c) {
        if (isDigit(c)) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Format characters (ZWNJ, direction marks, BOM) separate nothing and carry no meaning here. */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
