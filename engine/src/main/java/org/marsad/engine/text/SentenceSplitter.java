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

    public Result split(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > first && t.newlineBefore()) {
                sentences.add(sentence(sentences.size(), first, i, tokens, paragraph));
                first = i;
            }
            if (t.newlineBefore() && i > 0) {
                paragraph++;
            }
            boolean end = isTerminator(tokens, i);
            if (end) {
                int last = i;
                while (last + 1 < tokens.size() && tokens.get(last + 1).isPunct() && !tokens.get(last + 1).newlineBefore()
                        && (CLOSERS.contains(tokens.get(last + 1).form()) || TERMINATORS.contains(tokens.get(last + 1).form()))) {
                    last++;
                }
                for (int k = out.size(); k <= last; k++) {
                    out.add(withSentence(tokens.get(k), sentences.size()));
                }
                sentences.add(sentence(sentences.size(), first, last + 1, tokens, paragraph));
                first = last + 1;
                i = last;
                continue;
            }
            if (out.size() <= i) {
                out.add(withSentence(t, sentences.size()));
            }
        }
        if (first < tokens.size()) {
            sentences.add(sentence(sentences.size(), first, tokens.size(), tokens, paragraph));
        }
        return new Result(out, sentences);
    }

    private static boolean isTerminator(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isPunct() || !TERMINATORS.contains(t.form())) {
            return false;
        }
        if (t.form().equals(".") && i > 0 && i + 1 < tokens.size()) {
            Token prev = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            if (prev.isNumber() && next.isNumber() && !t.spaceBefore() && !next.spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static Token withSentence(Token t, int sentence) {
        return new Token(t.index(), t.form(), t.span(), t.kind(), sentence, t.spaceBefore(), t.newlineBefore());
    }

    private static Sentence sentence(int index, int first, int end, List<Token> tokens, int paragraph) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return new Sentence(index, first, end, span, paragraph);
    }
}
