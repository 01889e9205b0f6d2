package org.marsad.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.engine.model.Document;

/**
 * Reads any mix of files and directories (recursively, in name order) into documents. Each file's format
 * comes from its extension: .txt, .html/.htm, .json, .jsonl. A file that cannot be read is reported
 * (file and reason) and skipped; the others are read.
 */
public final class InputCollector {
    /** Files above this size are refused: no news article comes close, and it protects memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final String SAMPLES = "marsad/samples/";
    private static final List<String> SAMPLE_FILES = List.of("000_69c15cc7d85e93ce.txt", "002_fbbec74911f56db4.txt");

    private final Consumer<String> problems;
    private final DocumentFormat text = new TextFormat();
    private final DocumentFormat html = new HtmlFormat();
    private final DocumentFormat json = new JsonFormat();
    private final DocumentFormat jsonl;

    public InputCollector(Consumer<String> problems) {
        this.problems = problems;
        this.jsonl = new JsonLinesFormat(problems);
    }

    /** The documents of every readable input; problems go to the consumer given at construction. */
    public List<Document> read(List<Path> paths) {
        List<Document> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(f -> format(f) != null && !isGold(f)).sorted().forEach(f -> readFile(f, out));
                } catch (IOException e) {
                    problems.accept(p + ": cannot list directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                if (format(p) == null) {
                    problems.accept(p + ": unsupported file type (expected .txt, .html, .htm, .json or .jsonl)");
                } else {
                    readFile(p, out);
                }
            } else {
                problems.accept(p + ": no such file or directory");
            }
        }
        return out;
    }

    /** The bundled sample articles (the two seeds). */
    public List<Document> samples() {
        List<Document> out = new ArrayList<>();
        for (String name : SAMPLE_FILES) {
            try (InputStream in = InputCollector.class.getClassLoader().getResourceAsStream(SAMPLES + name)) {
                if (in == null) {
                    problems.accept("bundled sample " + name + " is missing from the jar");
                    continue;
                }
                out.addAll(text.read(stripExtension(name), name, in.readAllBytes()));
            } catch (IOException | BadInputException e) {
                problems.accept("bundled sample " + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** The bundled benchmark set: the texts of the dev corpus's 40 articles (see marsad/bench/README.md). */
    public List<Document> benchmarkSet() {
        String name = "marsad/bench/dev-articles.jsonl";
        try (InputStream in = InputCollector.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                problems.accept("bundled benchmark set " + name + " is missing from the jar");
                return List.of();
            }
            return jsonl.read("bench", name, in.readAllBytes());
        } catch (IOException | BadInputException e) {
            problems.accept("bundled benchmark set " + name + ": " + e.getMessage());
            return List.of();
        }
    }

    private void readFile(Path file, List<Document> out) {
        DocumentFormat f = format(file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.accept(file + ": too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            out.addAll(f.read(stripExtension(file.getFileName().toString()), file.toString(), bytes));
        } catch (IOException e) {
            problems.accept(file + ": cannot read: " + e.getMessage());
        } catch (BadInputException e) {
            problems.accept(e.getMessage());
        } catch (RuntimeException e) {
            // a parser failing on hostile input must not stop the run
            problems.accept(file + ": unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private DocumentFormat format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return text;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html;
        }
        if (name.endsWith(".jsonl")) {
            return jsonl;
        }
        if (name.endsWith(".json")) {
            return json;
        }
        return null;
    }

    /** Gold annotation files beside their articles are skipped when walking a folder, not when named. */
    private static boolean isGold(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".gold.json") || name.equals("expected-timeline.json");
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
