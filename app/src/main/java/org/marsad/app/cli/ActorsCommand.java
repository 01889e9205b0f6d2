package org.marsad.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.actors.Affiliation;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad actors}: the ontology, or every actor mention of a text with its link and the rule that made it. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "With --list, print the actor ontology (id, ACLED-style name, inter code, category, countries, "
                + "parents). Otherwise show every actor mention in the given texts with the actor it links to and why.")
final class ActorsCommand implements Callable<Integer> {
    @ParentCommand
    Marsad parent;

    @Mixin
    InspectInput input;

    @Option(names = "--list", description = "List the ontology instead of analysing text.")
    boolean list;

    @Override
    public Integer call() {
        Knowledge knowledge = parent.knowledge();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (list) {
            ActorOntology o = knowledge.actors();
            out.println("id\tname\tinter\tcategory\tcountries\tparents");
            for (Actor a : o.all()) {
                String parents = o.parentsOf(a.id(), null).stream()
                        .map(p -> p.relation() + " " + p.parent() + period(p)).collect(Collectors.joining("; "));
                out.println(a.id() + "\t" + a.name() + "\t" + a.inter() + "\t" + a.category() + "\t"
                        + String.join("|", a.countries()) + "\t" + parents);
            }
            out.println(o.size() + " actors");
            return 0;
        }
        List<Document> docs = input.documents();
        if (docs.isEmpty()) {
            return 1;
        }
        GuardedAnalyzer analyzer = new GuardedAnalyzer(new DocumentAnalyzer(knowledge), System.err);
        for (Document d : docs) {
            DocumentAnalysis a = analyzer.analyze(d).orElse(null);
            if (a == null) {
                continue;
            }
            out.println("== " + d.id() + (a.country() == null ? "" : "  (country: " + a.country() + ")"));
            for (ActorMention m : a.actors()) {
                out.printf(Locale.ROOT, "   [%d, %d) «%s» → %s   [%s]%n", m.span().start(), m.span().end(),
                        m.span().in(d.text()).replace('\n', ' '), m.actor().name(), m.rule());
            }
        }
        return 0;
    }

    private static String period(Affiliation a) {
        if (a.validFrom() == null && a.validTo() == null) {
            return "";
        }
        return " (" + (a.validFrom() == null ? "" : a.validFrom().iso()) + "–" + (a.validTo() == null ? "" : a.validTo().iso()) + ")";
    }
}
