package org.marsad.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.places.Place;
import org.marsad.engine.places.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code marsad places}: every place mention of a text with its candidates, the winner and the reason. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Show every place mention in the given texts: the candidates, the place chosen, its ACLED "
                + "geo_precision and the reason.")
final class PlacesCommand implements Callable<Integer> {
    private static final int SHOWN_CANDIDATES = 5;

    @ParentCommand
    Marsad parent;

    @Mixin
    InspectInput input;

    @Override
    public Integer call() {
        List<Document> docs = input.documents();
        if (docs.isEmpty()) {
            return 1;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        GuardedAnalyzer analyzer = new GuardedAnalyzer(new DocumentAnalyzer(parent.knowledge()), System.err);
        for (Document d : docs) {
            DocumentAnalysis a = analyzer.analyze(d).orElse(null);
            if (a == null) {
                continue;
            }
            out.println("== " + d.id() + (a.country() == null ? "" : "  (country: " + a.country() + ")"));
            for (PlaceMention m : a.places()) {
                Place p = m.place();
                out.printf(Locale.ROOT, "   [%d, %d) «%s»%s → %s%n", m.span().start(), m.span().end(), m.span().in(d.text()),
                        m.cue() == null ? "" : " after «" + m.cue() + "»",
                        p == null ? "unresolved" : p.name() + ", " + (p.admin1().isEmpty() ? "-" : p.admin1()) + " ("
                                + p.country() + ", " + p.feature() + ", geo " + m.geoPrecision() + ")"
                                + (p.lat() == null ? "" : String.format(Locale.ROOT, " %.4f, %.4f", p.lat(), p.lon())));
                out.println("      reason: " + m.reason());
                if (m.candidates().size() > 1) {
                    out.println("      candidates: " + m.candidates().stream().limit(SHOWN_CANDIDATES)
                            .map(c -> c.name() + " (" + c.country() + ", " + c.feature() + ")").collect(Collectors.joining("; "))
                            + (m.candidates().size() > SHOWN_CANDIDATES ? " …" : ""));
                }
            }
        }
        return 0;
    }
}
