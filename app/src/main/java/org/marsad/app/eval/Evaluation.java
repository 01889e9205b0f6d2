package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.pipeline.DocumentAnalyzer;

/** Runs the analyser on gold documents and scores detection and, on matched events, each field. */
public final class Evaluation {
    /** The figures of one evaluation run. */
    public record Result(int documents, int gold, int predicted, int matched, Map<String, Double> fieldAccuracy,
                         List<String> errors, List<Calibration.Sample> calibration) implements DetectionScores {
    }

    private final DocumentAnalyzer analyzer;
    private final EventMatcher matcher = new EventMatcher();
    private final FieldCheck check;

    public Evaluation(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.check = new FieldCheck(analyzer.knowledge().places());
    }

    public Result run(List<GoldDocument> docs) {
        Map<String, BiPredicate<Event, GoldEvent>> fields = new LinkedHashMap<>();
        fields.put("event_type", check::type);
        fields.put("sub_event_type", check::subType);
        fields.put("date", check::date);
        fields.put("location", check::location);
        fields.put("actor1", check::actor1);
        fields.put("actor2", check::actor2);
        fields.put("actors", check::actors);
        fields.put("fatalities", check::fatalities);
        fields.put("status", check::status);
        Map<String, Integer> correct = new LinkedHashMap<>();
        fields.keySet().forEach(k -> correct.put(k, 0));
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        List<String> errors = new ArrayList<>();
        List<Calibration.Sample> samples = new ArrayList<>();
        for (GoldDocument d : docs) {
            DocumentAnalysis a = analyzer.analyze(d.document());
            List<EventMatcher.Pair> pairs = matcher.match(d.document().text(), a.events(), d.events());
            gold += d.events().size();
            predicted += a.events().size();
            matched += pairs.size();
            for (EventMatcher.Pair p : pairs) {
                for (Map.Entry<String, BiPredicate<Event, GoldEvent>> f : fields.entrySet()) {
                    if (f.getValue().test(p.predicted(), p.gold())) {
                        correct.merge(f.getKey(), 1, Integer::sum);
                    } else if (!f.getKey().equals("actors")) {
                        errors.add(d.document().id() + " " + p.predicted().eventId() + " " + f.getKey() + ": predicted "
                                + describe(f.getKey(), p.predicted()) + ", gold " + describe(f.getKey(), p.gold()));
                    }
                }
            }
            for (Event e : a.events()) {
                boolean right = pairs.stream().anyMatch(p -> p.predicted() == e);
                samples.add(new Calibration.Sample(d.document().id(), e.confidenceBasis(), e.confidence(), right));
                if (!right) {
                    errors.add(d.document().id() + " " + e.eventId() + " false positive: " + e.subType().label() + " «"
                            + shorten(e.evidence().text()) + "»");
                }
            }
            for (GoldEvent g : d.events()) {
                if (pairs.stream().noneMatch(p -> p.gold() == g)) {
                    errors.add(d.document().id() + " missed: " + g.subEventType() + " " + g.date() + " «" + shorten(g.evidence()) + "»");
                }
            }
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> c : correct.entrySet()) {
            accuracy.put(c.getKey(), matched == 0 ? 0.0 : (double) c.getValue() / matched);
        }
        return new Result(docs.size(), gold, predicted, matched, accuracy, errors, samples);
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() > 110 ? t.substring(0, 110) + "…" : t;
    }

    private static String describe(String field, Event e) {
        return switch (field) {
            case "event_type" -> e.type().label();
            case "sub_event_type" -> e.subType().label();
            case "date" -> e.date() == null ? "null" : e.date().iso();
            case "location" -> e.location() == null ? "null" : e.location().name() + "/" + e.location().country();
            case "actor1" -> e.actor1() == null ? "null" : e.actor1().name();
            case "actor2" -> e.actor2() == null ? "null" : e.actor2().name();
            case "fatalities" -> String.valueOf(e.fatalities());
            default -> e.status().label();
        };
    }

    private static String describe(String field, GoldEvent g) {
        return switch (field) {
            case "event_type" -> g.eventType();
            case "sub_event_type" -> g.subEventType();
            case "date" -> String.valueOf(g.date());
            case "location" -> g.location() + "/" + g.country();
            case "actor1" -> String.valueOf(g.actor1());
            case "actor2" -> String.valueOf(g.actor2());
            case "fatalities" -> String.valueOf(g.fatalities());
            default -> g.status();
        };
    }
}
