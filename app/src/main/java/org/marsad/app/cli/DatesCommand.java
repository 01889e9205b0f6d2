package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.PublicationEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad dates [PATH...]}: the publication date used and every time expression, per document. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Show, per document, the publication date used (given or inferred, with reasons) and every time "
                + "expression with its normalised value.")
final class DatesCommand implements Callable<Integer> {
    enum Format { jsonl, report }

    @ParentCommand
    Marsad parent;

    @Mixin
    ArticleInput input;

    @Option(names = "--format", description = "jsonl or report (default: report on a terminal, jsonl otherwise).")
    Format format;

    @Mixin
    OutputTarget output;

    @Override
    public Integer call() throws Exception {
        List<Document> docs = input.read();
        if (docs.isEmpty()) {
            return 1;
        }
        GuardedAnalyzer analyzer = new GuardedAnalyzer(new DocumentAnalyzer(parent.knowledge()), System.err);
        Format f = format != null ? format : output.toTerminal() ? Format.report : Format.jsonl;
        ObjectMapper json = new ObjectMapper();
        try (PrintWriter w = new PrintWriter(output.open())) {
            for (Document d : docs) {
                DocumentAnalysis a = analyzer.analyze(d).orElse(null);
                if (a == null) {
                    continue;
                }
                PublicationEstimate p = a.publication();
                if (f == Format.jsonl) {
                    w.println(json.writeValueAsString(record(a)));
                    continue;
                }
                w.printf(Locale.ROOT, "== %s  published %s (%s%s)%n", d.id(), p.date() == null ? "unknown" : p.date().iso(), p.basis(),
                        p.basis().equals("inferred") ? String.format(Locale.ROOT, ", confidence %.2f", p.confidence()) : "");
                p.reasons().forEach(r -> w.println("     · " + r));
                for (DateMention m : a.dates()) {
                    w.printf(Locale.ROOT, "   [%d, %d) %-40s %-22s → %s%s%n", m.span().start(), m.span().end(),
                            "«" + m.span().in(d.text()).replace('\n', ' ') + "»", m.expression().writtenValue(),
                            m.resolved() == null ? "unresolved" : m.resolved().iso()
                                    + (m.resolved().isoEnd() != null ? "…" + m.resolved().isoEnd() : "")
                                    + " (" + m.resolved().precision().label() + ")",
                            m.isPoint() ? "" : " [" + m.relation().name().toLowerCase(Locale.ROOT) + "]");
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> record(DocumentAnalysis a) {
        PublicationEstimate p = a.publication();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("doc_id", a.document().id());
        r.put("published", p.date() == null ? null : p.date().iso());
        r.put("published_range", p.date() == null ? null : List.of(p.date().start().toString(), p.date().end().toString()));
        r.put("published_basis", p.basis());
        r.put("published_confidence", Math.round(p.confidence() * 100) / 100.0);
        r.put("published_reasons", p.reasons());
        List<Map<String, Object>> expressions = new ArrayList<>();
        for (DateMention m : a.dates()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("start", m.span().start());
            e.put("end", m.span().end());
            e.put("text", m.span().in(a.document().text()));
            e.put("value", m.expression().writtenValue());
            e.put("relation", m.relation().name().toLowerCase(Locale.ROOT));
            e.put("date", m.resolved() == null ? null : m.resolved().iso());
            e.put("date_end", m.resolved() == null ? null : m.resolved().isoEnd());
            e.put("precision", m.resolved() == null ? "unknown" : m.resolved().precision().label());
            expressions.add(e);
        }
        r.put("expressions", expressions);
        return r;
    }
}
