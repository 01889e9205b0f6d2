package org.marsad.engine.text;

import org.marsad.engine.model.Document;

/**
 * The text stages in order: fold (keeping the offset map), tokenise, split sentences.
 * Knowledge keys go through the same folding and tokenising, so text and lexicon always agree.
 */
public final class TextPipeline {
    private final CharFolding folding;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextPipeline(CharFolding folding) {
        this.folding = folding;
    }

    public CharFolding folding() {
        return folding;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public AnalyzedText analyze(Document document) {
        NormalizedText normalized = folding.normalize(document.text());
        SentenceSplitter.Result split = splitter.split(tokenizer.scan(normalized));
        return new AnalyzedText(document, normalized, split.tokens(), split.sentences());
    }
}
