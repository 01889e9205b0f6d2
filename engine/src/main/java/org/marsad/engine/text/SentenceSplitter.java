package org.marsad.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences and paragraphs. A sentence ends at . ! ? ؟ … (with any closing quotes or
 * brackets that follow) and at every line break; a line break also starts a new paragraph. A full stop
 * between two digits is a decimal point, not a boundary.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = ".!?؟…";
    private static final String CLOSERS = "\"'»”’)]}";

    /** Result of splitting: the tokens with their sentence index set, and the sentences. */
    public record Result(List<Token> tokens, List<Sentence> sentences) {
    }

    /** Splits a scanned text; each token record is built here, once, with its sentence index. */
    Result split(TokenScan scan) {
        int n = scan.size();
        List<Token> out = new ArrayList<>(n);
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            if (i > first && scan.newlineBefore(i)) {
                sentences.add(sentence(sentences.size(), first, i, scan, paragraph));
                first = i;
            }
            if (scan.newlineBefore(i) && i > 0) {
                paragraph++;
            }
            if (isTerminator(scan, i)) {
                int last = i;
                while (last + 1 < n && scan.kind(last + 1) == TokenKind.PUNCT && !scan.newlineBefore(last + 1)
                        && isOneOf(CLOSERS + TERMINATORS, scan.onlyChar(last + 1))) {
                    last++;
                }
                for (int k = out.size(); k <= last; k++) {
                    out.add(scan.token(k, sentences.size()));
                }
                sentences.add(sentence(sentences.size(), first, last + 1, scan, paragraph));
                first = last + 1;
                i = last;
                continue;
            }
            if (out.size() <= i) {
                out.add(scan.token(i, sentences.size()));
            }
        }
        if (first < n) {
            sentences.add(sentence(sentences.size(), first, n, scan, paragraph));
        }
        return new Result(out, sentences);
    }

    private static boolean isTerminator(TokenScan scan, int i) {
        if (scan.kind(i) != TokenKind.PUNCT) {
            return false; // most tokens are words: asked first, so that only punctuation has its char read
        }
        char c = scan.onlyChar(i);
        if (!isOneOf(TERMINATORS, c)) {
            return false;
        }
        if (c == '.' && i > 0 && i + 1 < scan.size()) {
            if (scan.kind(i - 1) == TokenKind.NUMBER && scan.kind(i + 1) == TokenKind.NUMBER
                    && !scan.spaceBefore(i) && !scan.spaceBefore(i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOf(String chars, char c) {
        return c != 0 && chars.indexOf(c) >= 0;
    }

    private static Sentence sentence(int index, int first, int end, TokenScan scan, int paragraph) {
        Span span = new Span(scan.originalStart(first), scan.originalEnd(end - 1));
        return new Sentence(index, first, end, span, paragraph);
    }
}
