package org.marsad.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.input.InputCollector;
import org.marsad.app.output.CsvWriter;
import org.marsad.app.output.EventWriter;
import org.marsad.app.output.GeoJsonWriter;
import org.marsad.app.output.JsonLinesWriter;
import org.marsad.app.output.ReportWriter;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.time.TimeSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad analyze [PATH...]}: events from articles, in one of four formats. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract events from articles (.txt, .html, .json, .jsonl files or folders). "
                + "With no PATH, the bundled sample articles are analysed.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, csv, geojson, report }

    @ParentCommand
    Marsad parent;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, csv, geojson or report (default: report on a terminal, jsonl otherwise).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--fuse", description = "Fuse events of different documents that describe the same incident "
            + "(JSON Lines only): one line per incident with every source kept.")
    boolean fuse;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for every document (ISO: 2024-05-20, 2024-05 or 2024), overriding the input's.")
    String published;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        int[] problems = {0};
        InputCollector inputs = new InputCollector(message -> {
            problems[0]++;
            err.println("marsad: skipped " + message);
        });
        List<Document> documents = paths.isEmpty() ? inputs.samples() : inputs.read(paths);
        if (documents.isEmpty()) {
            err.println("marsad: no document could be read");
            return 1;
        }
        if (published != null) {
            TimeSpan date;
            try {
                date = TimeSpan.parseIso(published);
            } catch (IllegalArgumentException e) {
                err.println("marsad: --published: " + e.getMessage());
                return 2;
            }
            documents = documents.stream().map(d -> d.withPublished(date)).toList();
        }
        DocumentAnalyzer analyzer = new DocumentAnalyzer(parent.knowledge());
        List<DocumentAnalysis> analyses = new ArrayList<>(documents.size());
        for (Document d : documents) {
            analyses.add(analyzer.analyze(d));
        }
        Format f = format != null ? format : (System.console() != null && out == null ? Format.report : Format.jsonl);
        if (fuse) {
            if (f != Format.jsonl) {
                err.println("marsad: --fuse writes JSON Lines; use --format jsonl");
                return 2;
            }
            return writeFused(analyses);
        }
        EventWriter writer = switch (f) {
            case jsonl -> new JsonLinesWriter();
            case csv -> new CsvWriter();
            case geojson -> new GeoJsonWriter();
            case report -> new ReportWriter();
        };
        try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(analyses, w);
        }
        return 0;
    }

    private int writeFused(List<DocumentAnalysis> analyses) throws IOException {
        List<org.marsad.engine.model.Event> events = new ArrayList<>();
        analyses.forEach(a -> events.addAll(a.events()));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (org.marsad.engine.fusion.FusedEvent e : new org.marsad.engine.fusion.EventFuser().fuse(events)) {
                w.write(json.writeValueAsString(org.marsad.app.output.FusedEventRecord.of(e)));
                w.write('\n');
            }
        }
        return 0;
    }
}
