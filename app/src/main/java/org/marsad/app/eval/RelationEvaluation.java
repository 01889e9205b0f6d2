package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.relations.RelationExtractor;
import org.marsad.engine.relations.RelationSegment;
import org.marsad.engine.relations.RelationTimeline;

/**
 * Scores relations against the {@code relations} arrays of gold files, document by document: each document is
 * analysed alone, and a relation is a (document, unordered pair of actor names, state) triple, so a pair with the
 * same state twice in one document counts once. Precision and recall are micro-averaged over documents.
 */
public final class RelationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentAnalyzer analyzer;
    private final RelationExtractor extractor;

    public RelationEvaluation(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.extractor = new RelationExtractor(analyzer.knowledge());
    }

    /** Counts and the misses and false positives, each as "doc: a | b | state". */
    public record Result(int gold, int predicted, int matched, List<String> missed, List<String> spurious) implements DetectionScores {
    }

    public Result run(List<GoldDocument> docs) throws IOException {
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (GoldDocument d : docs) {
            Set<String> g = goldRelations(Path.of(d.file()));
            Set<String> p = new TreeSet<>();
            for (RelationSegment s : RelationTimeline.segmentsOf(extractor.extract(analyzer.analyze(d.document())))) {
                p.add(key(s.pair().a().name(), s.pair().b().name(), s.state().label()));
            }
            gold += g.size();
            predicted += p.size();
            for (String k : g) {
                if (p.contains(k)) {
                    matched++;
                } else {
                    missed.add(d.document().id() + ": " + k);
                }
            }
            for (String k : p) {
                if (!g.contains(k)) {
                    spurious.add(d.document().id() + ": " + k);
                }
            }
        }
        return new Result(gold, predicted, matched, missed, spurious);
    }

    static Set<String> goldRelations(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        JsonNode n = JSON.readTree(file.toFile());
        JsonNode rels = n.get("relations");
        if (rels != null && rels.isArray()) {
            for (JsonNode r : rels) {
                JsonNode actors = r.get("actors");
                if (actors != null && actors.size() == 2 && r.hasNonNull("state")) {
                    out.add(key(actors.get(0).asText(), actors.get(1).asText(), r.get("state").asText()));
                }
            }
        }
        return out;
    }

    static String key(String a, String b, String state) {
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = a.compareTo(b) <= 0 ? b : a;
        return x + " | " + y + " | " + state.toLowerCase(Locale.ROOT);
    }
}
