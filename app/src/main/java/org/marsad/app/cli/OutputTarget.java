package org.marsad.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command writes: a file given with --out, else standard output, always UTF-8. */
final class OutputTarget {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    /** Whether a person is reading: a terminal and no --out, where the readable report is the default format. */
    boolean toTerminal() {
        return System.console() != null && out == null;
    }

    /** A UTF-8 writer on the file, or on standard output; the caller closes it when done. */
    Writer open() throws IOException {
        return out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
