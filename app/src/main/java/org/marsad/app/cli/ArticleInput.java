package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.input.InputCollector;
import org.marsad.engine.model.Document;
import picocli.CommandLine.Parameters;

/** The articles a command reads: files or folders, or the bundled sample articles when none is given. */
final class ArticleInput {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to read; none: the bundled samples.")
    List<Path> paths = new ArrayList<>();

    /** The documents read, each unreadable file reported on stderr; empty, with a message, when none could be read. */
    List<Document> read() {
        InputCollector inputs = new InputCollector(m -> System.err.println("marsad: skipped " + m));
        List<Document> documents = paths.isEmpty() ? inputs.samples() : inputs.read(paths);
        if (documents.isEmpty()) {
            System.err.println("marsad: no document could be read");
        }
        return documents;
    }
}
