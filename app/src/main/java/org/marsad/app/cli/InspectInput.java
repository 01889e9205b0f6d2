package org.marsad.app.cli;

import java.util.List;
import org.marsad.engine.model.Document;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The input options shared by the commands that inspect one stage: paths, or a text given inline. */
final class InspectInput {
    @Mixin
    ArticleInput articles;

    @Option(names = "--text", paramLabel = "TEXT", description = "Analyse this text instead of files.")
    String text;

    /** The inline text as one document, else the articles read; empty, with a message, when none could be read. */
    List<Document> documents() {
        return text != null ? List.of(new Document("text", null, null, text, null)) : articles.read();
    }
}
