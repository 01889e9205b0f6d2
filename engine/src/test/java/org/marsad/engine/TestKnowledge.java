package org.marsad.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.CharFolding;
import org.marsad.engine.time.TimeSpan;

/**
 * The bundled knowledge and an analyzer over it, loaded once for the whole test run (loading takes about a
 * second), plus the few helpers every test uses to read or analyse a snippet.
 */
public final class TestKnowledge {
    private TestKnowledge() {
    }

    /** Lazy holder: loaded on first use, then shared by every test class in the JVM. */
    private static final class Holder {
        static final Knowledge KNOWLEDGE = Knowledge.bundled();
        static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(KNOWLEDGE);
    }

    public static Knowledge knowledge() {
        return Holder.KNOWLEDGE;
    }

    public static DocumentAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    public static CharFolding folding() {
        return knowledge().text().folding();
    }

    public static Document document(String text, LocalDate published) {
        return new Document("test", null, null, text, published == null ? null : TimeSpan.day(published));
    }

    /** The text stages only: folding, tokens, sentences. */
    public static AnalyzedText read(String text) {
        return knowledge().text().analyze(document(text, null));
    }

    /** The whole pipeline with no publication date (Marsad infers one). */
    public static DocumentAnalysis analyze(String text) {
        return analyzer().analyze(document(text, null));
    }

    /** The whole pipeline with a given publication day. */
    public static DocumentAnalysis analyze(String text, LocalDate published) {
        return analyzer().analyze(document(text, published));
    }

    /** A seed article from {@code src/test/resources/seeds/}. */
    public static String seed(String fileName) {
        try (InputStream in = TestKnowledge.class.getClassLoader().getResourceAsStream("seeds/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
