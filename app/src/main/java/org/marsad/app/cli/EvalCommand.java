package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.Calibration;
import org.marsad.app.eval.Evaluation;
import org.marsad.app.eval.GoldDocument;
import org.marsad.engine.events.ConfidenceModel;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--fit-confidence", paramLabel = "FILE",
            description = "Fit the weights of events' confidence (a logistic model of which extracted events have a gold "
                    + "event behind them) on these gold files and write them to FILE, a calibration/event-confidence.tsv "
                    + "to put in a copy of the knowledge folder. Prints the fit's calibration, and the one it has on each "
                    + "document when fitted without it.")
    Path fitConfidence;

    @Option(names = "--ridge", paramLabel = "WEIGHT",
            description = "With --fit-confidence: how strongly factor weights are pulled towards zero (default ${DEFAULT-VALUE}).")
    double ridge = Calibration.DEFAULT_RIDGE;

    @Override
    public Integer call() throws Exception {
        List<GoldDocument> docs = input.read();
        if (docs.isEmpty()) {
            return 1;
        }
        Evaluation.Result r = new Evaluation(new DocumentAnalyzer(parent.knowledge())).run(docs);
        Calibration.Scores calibration = Calibration.score(r.calibration());
        if (fitConfidence != null) {
            return fit(r.calibration(), calibration);
        }
        if (input.json) {
            Map<String, Object> out = GoldInput.figures(r.documents(), "events", r);
            Map<String, Double> acc = new LinkedHashMap<>();
            r.fieldAccuracy().forEach((k, v) -> acc.put(k, GoldInput.round(v)));
            out.put("accuracy_on_matched", acc);
            out.put("confidence_calibration", Map.of("brier", GoldInput.round(calibration.brier()),
                    "baseline_brier", GoldInput.round(calibration.baselineBrier()), "ece", GoldInput.round(calibration.ece())));
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
        print("confidence calibration", calibration);
        if (input.errors) {
            System.out.println("errors:");
            r.errors().forEach(e -> System.out.println("  " + e));
        }
        return 0;
    }

    private Integer fit(List<Calibration.Sample> samples, Calibration.Scores before) throws IOException {
        ConfidenceModel model = Calibration.fit(samples, ridge);
        Calibration.Scores fitted = Calibration.score(Calibration.rescored(samples, model));
        Calibration.Scores held = Calibration.score(Calibration.leaveOneDocumentOut(samples, ridge));
        List<String> provenance = List.of(
                "fitted on " + input.paths + " (" + samples.size() + " extracted events) with ridge " + ridge,
                String.format(Locale.ROOT, "Brier on those events: %.3f with the weights in use before, %.3f fitted, %.3f "
                        + "when each document is scored by a fit without it (a constant guess: %.3f)",
                        before.brier(), fitted.brier(), held.brier(), before.baselineBrier()));
        Files.writeString(fitConfidence, Calibration.tsv(model, provenance), StandardCharsets.UTF_8);
        print("calibration with the weights in use", before);
        print("calibration fitted", fitted);
        print("calibration, each document left out of its fit", held);
        System.out.println("wrote " + fitConfidence);
        return 0;
    }

    private static void print(String title, Calibration.Scores c) {
        System.out.printf(Locale.ROOT, "%s (%d events): Brier %.3f (constant guess %.3f), ECE %.3f%n", title, c.events(),
                c.brier(), c.baselineBrier(), c.ece());
        for (Calibration.Bin b : c.bins()) {
            System.out.printf(Locale.ROOT, "  confidence %.1f-%.1f: %3d events, mean %.2f, right %.2f%n", b.from(), b.to(),
                    b.count(), b.meanConfidence(), b.rightShare());
        }
    }
}
