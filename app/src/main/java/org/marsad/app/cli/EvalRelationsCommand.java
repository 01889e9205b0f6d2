package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.GoldDocument;
import org.marsad.app.eval.GoldReader;
import org.marsad.app.eval.RelationEvaluation;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad eval-relations DIR...}: scores relations against the gold files' relations arrays. */
@Command(name = "eval-relations", mixinStandardHelpOptions = true,
        description = "Analyse gold files one by one and score the relations found against their 'relations' arrays: "
                + "a match is the same document, the same two actors (in any order) and the same state.")
final class EvalRelationsCommand implements Callable<Integer> {
    @ParentCommand
    Marsad parent;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Gold files or folders of them.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--errors", description = "Also list every missed and spurious relation.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        List<GoldDocument> docs = new GoldReader().read(paths, m -> System.err.println("marsad: skipped " + m));
        if (docs.isEmpty()) {
            System.err.println("marsad: no gold file found in " + paths);
            return 1;
        }
        RelationEvaluation.Result r = new RelationEvaluation(new DocumentAnalyzer(parent.knowledge())).run(docs);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("documents", docs.size());
            out.put("gold_relations", r.gold());
            out.put("predicted_relations", r.predicted());
            out.put("matched_relations", r.matched());
            out.put("precision", Math.round(r.precision() * 1000) / 1000.0);
            out.put("recall", Math.round(r.recall() * 1000) / 1000.0);
            out.put("f1", Math.round(r.f1() * 1000) / 1000.0);
            if (errors) {
                out.put("missed", r.missed());
                out.put("spurious", r.spurious());
            }
            System.out.println(new ObjectMapper().writeValueAsString(out));
            return 0;
        }
        System.out.printf("documents %d, gold relations %d, predicted %d, matched %d%n", docs.size(), r.gold(), r.predicted(), r.matched());
        System.out.printf("relations: precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        if (errors) {
            System.out.println("missed:");
            r.missed().forEach(m -> System.out.println("  " + m));
            System.out.println("spurious:");
            r.spurious().forEach(m -> System.out.println("  " + m));
        }
        return 0;
    }
}
