package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.app.eval.DetectionScores;
import org.marsad.app.eval.GoldDocument;
import org.marsad.app.eval.GoldReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the evaluation commands share: the gold files to read, the output switches, and the detection figures. */
final class GoldInput {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Gold files or folders of them.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--errors", description = "Also list every miss, false positive and wrong field.")
    boolean errors;

    /** The gold documents, each unreadable file reported on stderr; empty (with a message) when none is found. */
    List<GoldDocument> read() {
        List<GoldDocument> docs = new GoldReader().read(paths, m -> System.err.println("marsad: skipped " + m));
        if (docs.isEmpty()) {
            System.err.println("marsad: no gold file found in " + paths);
        }
        return docs;
    }

    /** Counts and scores under the given noun ("events", "relations"), rounded for output. */
    static Map<String, Object> figures(int documents, String noun, DetectionScores s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("gold_" + noun, s.gold());
        out.put("predicted_" + noun, s.predicted());
        out.put("matched_" + noun, s.matched());
        out.put("precision", round(s.precision()));
        out.put("recall", round(s.recall()));
        out.put("f1", round(s.f1()));
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
