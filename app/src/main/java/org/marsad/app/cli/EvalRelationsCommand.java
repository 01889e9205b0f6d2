package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.GoldDocument;
import org.marsad.app.eval.RelationEvaluation;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code marsad eval-relations DIR...}: scores relations against the gold files' relations arrays. */
@Command(name = "eval-relations", mixinStandardHelpOptions = true,
        description = "Analyse gold files one by one and score the relations found against their 'relations' arrays: "
                + "a match is the same document, the same two actors (in any order) and the same state.")
final class EvalRelationsCommand implements Callable<Integer> {
    @ParentCommand
    Marsad parent;

    @Mixin
    GoldInput input;

    @Override
    public Integer call() throws Exception {
        List<GoldDocument> docs = input.read();
        if (docs.isEmpty()) {
            return 1;
        }
        RelationEvaluation.Result r = new RelationEvaluation(new DocumentAnalyzer(parent.knowledge())).run(docs);
        if (input.json) {
            Map<String, Object> out = GoldInput.figures(docs.size(), "relations", r);
            if (input.errors) {
                out.put("missed", r.missed());
                out.put("spurious", r.spurious());
            }
            System.out.println(new ObjectMapper().writeValueAsString(out));
            return 0;
        }
        System.out.printf(Locale.ROOT, "documents %d, gold relations %d, predicted %d, matched %d%n", docs.size(), r.gold(), r.predicted(), r.matched());
        System.out.printf(Locale.ROOT, "relations: precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        if (input.errors) {
            System.out.println("missed:");
            r.missed().forEach(m -> System.out.println("  " + m));
            System.out.println("spurious:");
            r.spurious().forEach(m -> System.out.println("  " + m));
        }
        return 0;
    }
}
