package org.marsad.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.output.relations.GraphMlWriter;
import org.marsad.app.output.relations.RelationJsonLinesWriter;
import org.marsad.app.output.relations.RelationReportWriter;
import org.marsad.app.output.relations.RelationWriter;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.relations.RelationExtractor;
import org.marsad.engine.relations.RelationObservation;
import org.marsad.engine.relations.RelationTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad relations [PATH...]}: the relationship timeline of every pair of actors across all the inputs. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Relationship timelines between actors (hostile, truce, cooperation, alliance, affiliation) across "
                + "all the given articles, each segment with dates, change window, status, confidence, evidence and "
                + "contradicting sources. With no PATH, the bundled sample articles.")
final class RelationsCommand implements Callable<Integer> {
    enum Format { jsonl, report, graphml }

    @ParentCommand
    Marsad parent;

    @Mixin
    ArticleInput input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, report or graphml (default: report on a terminal, jsonl otherwise).")
    Format format;

    @Mixin
    OutputTarget output;

    @Override
    public Integer call() throws IOException {
        List<Document> documents = input.read();
        if (documents.isEmpty()) {
            return 1;
        }
        Knowledge knowledge = parent.knowledge();
        GuardedAnalyzer analyzer = new GuardedAnalyzer(new DocumentAnalyzer(knowledge), System.err);
        RelationExtractor extractor = new RelationExtractor(knowledge);
        List<RelationObservation> observations = new ArrayList<>();
        for (Document d : documents) {
            analyzer.analyze(d).ifPresent(a -> observations.addAll(extractor.extract(a)));
        }
        Format f = format != null ? format : output.toTerminal() ? Format.report : Format.jsonl;
        RelationWriter writer = switch (f) {
            case jsonl -> new RelationJsonLinesWriter();
            case report -> new RelationReportWriter();
            case graphml -> new GraphMlWriter();
        };
        try (Writer w = output.open()) {
            writer.write(RelationTimeline.segmentsOf(observations), w);
        }
        return 0;
    }
}
