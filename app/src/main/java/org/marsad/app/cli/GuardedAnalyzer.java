package org.marsad.app.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/**
 * Runs the pipeline on one document at a time so that a fault on one article (a bug in a rule, text no rule
 * foresaw) is reported with the article's name and the run goes on with the rest, as for unreadable input.
 */
final class GuardedAnalyzer {
    private final DocumentAnalyzer analyzer;
    private final PrintStream err;

    GuardedAnalyzer(DocumentAnalyzer analyzer, PrintStream err) {
        this.analyzer = analyzer;
        this.err = err;
    }

    /** The analysis, or empty (with a message naming the document) when the pipeline failed on it. */
    Optional<DocumentAnalysis> analyze(Document document) {
        try {
            return Optional.of(analyzer.analyze(document));
        } catch (RuntimeException | StackOverflowError e) {
            err.println("marsad: skipped " + document.id() + ": analysis failed (" + e + "); please report this article");
            return Optional.empty();
        }
    }
}
