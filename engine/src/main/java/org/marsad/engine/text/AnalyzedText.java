package org.marsad.engine.text;

import java.util.List;
import org.marsad.engine.model.Document;

/** A document after normalisation, tokenisation and sentence splitting: the input of every recogniser. */
public record AnalyzedText(Document document, NormalizedText normalized, List<Token> tokens,
                           List<Sentence> sentences) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public String original() {
        return document.text();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(tokens.get(token).sentence());
    }

    /** The original span covering tokens [first, end). */
    public Span span(int first, int end) {
        return new Span(tokens.get(first).start(), tokens.get(end - 1).end());
    }
}
