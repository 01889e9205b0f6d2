package org.marsad.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into word, number and punctuation tokens. Letters and digits never share a token
 * ("ال40" is "ال" + "40", "2024م" is "2024" + "م"), which is how Arabic news glues them.
 * Sentence indices are left at 0; {@link SentenceSplitter} assigns them.
 */
public final class Tokenizer {
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LINE_BREAK = 2;
    private static final byte WORD = 3;
    private static final byte DIGIT = 4;

    /**
     * What each char is, from the predicates below, computed once: the tokenizer looks at every char of every
     * document, and one array read is several times cheaper than Character's property lookups.
     */
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < CLASS.length; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || isInvisible(ch)) {
                CLASS[c] = ch == '\n' || ch == '\r' || ch == '\u2029' || ch == '\u2028' ? LINE_BREAK : SPACE;
            } else if (isWordChar(ch)) {
                CLASS[c] = WORD;
            } else if (isDigit(ch)) {
                CLASS[c] = DIGIT;
            }
        }
    }

    /** The tokens of a folded text, all in sentence 0 (knowledge keys are tokenised this way). */
    public List<Token> tokenize(NormalizedText text) {
        TokenScan scan = scan(text);
        List<Token> tokens = new ArrayList<>(scan.size());
        for (int i = 0; i < scan.size(); i++) {
            tokens.add(scan.token(i, 0));
        }
        return tokens;
    }

    TokenScan scan(NormalizedText text) {
        char[] s = text.folded().toCharArray(); // one copy, then plain array reads in the per-char loops
        int n = s.length;
        // news has a token for every four chars or so; a third is enough not to grow the arrays
        TokenScan scan = new TokenScan(text, s, n / 3 + 8);
        int i = 0;
        boolean space = true;
        boolean newline = true;
        while (i < n) {
            char c = s[i];
            byte cls = CLASS[c];
            if (cls == SPACE || cls == LINE_BREAK) {
                space = true;
                newline |= cls == LINE_BREAK;
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (cls == WORD || cls == DIGIT) {
                while (i < n && CLASS[s[i]] == cls) {
                    i++;
                }
                kind = cls == WORD ? TokenKind.WORD : TokenKind.NUMBER;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = TokenKind.PUNCT;
            }
            scan.add(start, i, kind, space, newline);
            space = false;
            newline = false;
        }
        return scan;
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
