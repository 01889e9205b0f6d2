package org.marsad.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.input.InputCollector;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/**
 * Shared fixtures of the app tests: the bundled knowledge and an analyzer over it, loaded once per JVM
 * (loading takes about a second), and the two bundled sample articles analysed once.
 */
public final class TestSupport {
    /** The ids of the two bundled sample articles (file names without extension). */
    public static final String SAMPLE_000 = "000_69c15cc7d85e93ce";
    public static final String SAMPLE_002 = "002_fbbec74911f56db4";

    private TestSupport() {
    }

    private static final class Holder {
        static final Knowledge KNOWLEDGE = Knowledge.bundled();
        static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(KNOWLEDGE);
        static final List<DocumentAnalysis> SAMPLES = analyseSamples();

        private static List<DocumentAnalysis> analyseSamples() {
            List<String> problems = new ArrayList<>();
            List<Document> docs = new InputCollector(problems::add).samples();
            if (!problems.isEmpty() || docs.size() != 2) {
                throw new IllegalStateException("bundled samples unreadable: " + problems);
            }
            return docs.stream().map(ANALYZER::analyze).toList();
        }
    }

    public static Knowledge knowledge() {
        return Holder.KNOWLEDGE;
    }

    public static DocumentAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The two bundled samples, analysed with the bundled knowledge. */
    public static List<DocumentAnalysis> sampleAnalyses() {
        return Holder.SAMPLES;
    }

    /** The text of a bundled sample article, e.g. {@code sampleText(SAMPLE_000)}. */
    public static String sampleText(String id) {
        return resource("marsad/samples/" + id + ".txt");
    }

    public static String resource(String path) {
        try (InputStream in = TestSupport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
