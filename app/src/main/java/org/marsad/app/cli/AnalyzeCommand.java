package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.output.CsvWriter;
import org.marsad.app.output.EventWriter;
import org.marsad.app.output.FusedEventRecord;
import org.marsad.app.output.GeoJsonWriter;
import org.marsad.app.output.JsonLinesWriter;
import org.marsad.app.output.ReportWriter;
import org.marsad.engine.fusion.EventFuser;
import org.marsad.engine.fusion.FusedEvent;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.time.TimeSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad analyze [PATH...]}: events from articles, in one of four formats. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract events from articles (.txt, .html, .json, .jsonl files or folders). "
                + "With no PATH, the bundled sample articles are analysed.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, csv, geojson, report }

    @ParentCommand
    Marsad parent;

    @Mixin
    ArticleInput input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, csv, geojson or report (default: report on a terminal, jsonl otherwise).")
    Format format;

    @Mixin
    OutputTarget output;

    @Option(names = "--fuse", description = "Fuse events of different documents that describe the same incident "
            + "(JSON Lines only): one line per incident with every source kept.")
    boolean fuse;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for every document (ISO: 2024-05-20, 2024-05 or 2024), overriding the input's.")
    String published;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        List<Document> documents = input.read();
        if (documents.isEmpty()) {
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
        GuardedAnalyzer analyzer = new GuardedAnalyzer(new DocumentAnalyzer(parent.knowledge()), err);
        List<DocumentAnalysis> analyses = new ArrayList<>(documents.size());
        for (Document d : documents) {
            analyzer.analyze(d).ifPresent(analyses::add);
        }
        Format f = format != null ? format : output.toTerminal() ? Format.report : Format.jsonl;
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
        try (Writer w = output.open()) {
            writer.write(analyses, w);
        }
        return 0;
    }

    private int writeFused(List<DocumentAnalysis> analyses) throws IOException {
        List<Event> events = new ArrayList<>();
        analyses.forEach(a -> events.addAll(a.events()));
        ObjectMapper json = new ObjectMapper();
        try (Writer w = output.open()) {
            for (FusedEvent e : new EventFuser().fuse(events)) {
                w.write(json.writeValueAsString(FusedEventRecord.of(e)));
                w.write('\n');
            }
        }
        return 0;
    }
}
