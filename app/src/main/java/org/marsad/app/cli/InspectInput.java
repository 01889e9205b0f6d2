package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.input.InputCollector;
import org.marsad.engine.model.Document;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by the commands that inspect one stage: paths, or a text given inline. */
final class InspectInput {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "Analyse this text instead of files.")
    String text;

    List<Document> documents() {
        if (text != null) {
            return List.of(new Document("text", null, null, text, null));
        }
        InputCollector inputs = new InputCollector(m -> System.err.println("marsad: skipped " + m));
        return paths.isEmpty() ? inputs.samples() : inputs.read(paths);
    }
}
