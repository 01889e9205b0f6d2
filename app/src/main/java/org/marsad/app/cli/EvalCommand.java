package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.Evaluation;
import org.marsad.app.eval.GoldDocument;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code marsad eval DIR...}: scores against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Analyse gold files (the dev corpus format) with their publication date and score the events: "
                + "detection precision, recall and F1, and on matched events the accuracy of each field. "
                + "Matching: a predicted and a gold event of the same document pair when their evidence passages "
                + "(the predicted event's evidence or evidence_more) overlap, else when date and event type agree; "
                + "one to one, largest overlap first.")
final class EvalCommand implements Callable<Integer> {
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
        Evaluation.Result r = new Evaluation(new DocumentAnalyzer(parent.knowledge())).run(docs);
        if (input.json) {
            Map<String, Object> out = GoldInput.figures(r.documents(), "events", r);
            Map<String, Double> acc = new LinkedHashMap<>();
            r.fieldAccuracy().forEach((k, v) -> acc.put(k, GoldInput.round(v)));
            out.put("accuracy_on_matched", acc);
            if (input.errors) {
                out.put("errors", r.errors());
            }
            System.out.println(new ObjectMapper().writeValueAsString(out));
            return 0;
        }
        System.out.printf(Locale.ROOT, "documents %d, gold events %d, predicted %d, matched %d%n", r.documents(), r.gold(),
                r.predicted(), r.matched());
        System.out.printf(Locale.ROOT, "event detection: precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        System.out.println("accuracy on matched events:");
        r.fieldAccuracy().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-15s %.3f%n", k, v));
        if (input.errors) {
            System.out.println("errors:");
            r.errors().forEach(e -> System.out.println("  " + e));
        }
        return 0;
    }

}
