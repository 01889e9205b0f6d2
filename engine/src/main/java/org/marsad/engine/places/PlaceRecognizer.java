package org.marsad.engine.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/**
 * Finds place names and resolves each to one gazetteer place, in ordered passes:
 * <ol>
 *   <li>longest non-overlapping names, never inside an actor's name ("جبهة تحرير ماسينا");</li>
 *   <li>a name that is also a common word needs a location cue before it ("بلدة بير", not "بير");</li>
 *   <li>a name after a naming noun is not a place ("سفينة تمبكتو" is a boat);</li>
 *   <li>candidates are restricted to the countries the document is about;</li>
 *   <li>ranked by the region named in the text, then by feature (towns before areas), then by
 *       having coordinates;</li>
 *   <li>the cue sets the ACLED precision: at the place 1, near it or in its area 2, a region 3.</li>
 * </ol>
 */
public final class PlaceRecognizer {
    /** How many tokens before a name a cue may stand ("في بلدة صغيرة تدعى X" is too far; "في بلدة X" is not). */
    private static final int CUE_WINDOW = 3;

    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<PlaceMention> recognize(AnalyzedText text, MatchIndex index, List<ActorMention> actors,
                                        Set<String> documentCountries) {
        boolean[] inActor = new boolean[text.size() + 1];
        for (ActorMention a : actors) {
            for (int k = a.first(); k < a.end(); k++) {
                inActor[k] = true;
            }
        }
        // group candidate places by the token range they cover
        Map<Long, List<TermMatch>> byRange = new LinkedHashMap<>();
        for (TermMatch m : index.of(PlaceTerm.class)) {
            boolean clash = false;
            for (int k = m.first(); k < m.end(); k++) {
                clash |= inActor[k];
            }
            if (!clash) {
                byRange.computeIfAbsent(((long) m.first() << 32) | m.end(), k -> new ArrayList<>()).add(m);
            }
        }
        List<List<TermMatch>> groups = new ArrayList<>(byRange.values());
        groups.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[text.size() + 1];
        List<List<TermMatch>> chosen = new ArrayList<>();
        for (List<TermMatch> g : groups) {
            TermMatch m = g.get(0);
            boolean free = true;
            for (int k = m.first(); k < m.end(); k++) {
                free &= !taken[k];
            }
            if (!free) {
                continue;
            }
            Cue cue = cueBefore(text, index, m.first(), m.prefix());
            if (cue != null && cue.kind.equals("blocker")) {
                continue;
            }
            if (allNeedCue(g) && (cue == null || cue.kind.equals("direction"))) {
                continue;
            }
            for (int k = m.first(); k < m.end(); k++) {
                taken[k] = true;
            }
            chosen.add(g);
        }
        chosen.sort(IN_TEXT_ORDER);
        Set<String> namedAdmin1 = new LinkedHashSet<>();
        for (List<TermMatch> g : chosen) {
            for (TermMatch m : g) {
                gazetteer.get(((PlaceTerm) m.term()).placeId()).filter(Place::isAdmin1)
                        .ifPresent(p -> namedAdmin1.add(p.country() + "/" + p.admin1()));
            }
        }
        List<double[]> anchors = unambiguousPoints(chosen, documentCountries);
        List<PlaceMention> out = new ArrayList<>();
        List<int[]> sameAs = sameAsBefore(text, index);
        int nextSame = 0;
        Place lastPlace = null;
        for (List<TermMatch> g : chosen) {
            while (nextSame < sameAs.size() && sameAs.get(nextSame)[0] < g.get(0).first()) {
                addSameAs(text, sameAs.get(nextSame++), lastPlace, out);
            }
            TermMatch m = g.get(0);
            Cue cue = cueBefore(text, index, m.first(), m.prefix());
            List<Place> candidates = new ArrayList<>();
            for (TermMatch x : g) {
                gazetteer.get(((PlaceTerm) x.term()).placeId()).ifPresent(p -> {
                    if (!candidates.contains(p)) {
                        candidates.add(p);
                    }
                });
            }
            List<Place> ranked = new ArrayList<>(candidates.size());
            for (Place p : candidates) {
                if (documentCountries.isEmpty() || documentCountries.contains(p.country())) {
                    ranked.add(p);
                }
            }
            if (ranked.isEmpty()) {
                out.add(new PlaceMention(m.first(), m.end(), text.span(m.first(), m.end()), null, candidates, 3,
                        cue == null ? null : cue.form, "unresolved: no candidate in the document's countries " + documentCountries));
                continue;
            }
            if (ranked.size() > 1) { // most names have one candidate: no order to build
                boolean areaCue = cue != null && cue.kind.equals("area");
                ranked.sort(Comparator.<Place>comparingInt(p -> areaCue && p.isArea() && !p.isCountry() ? 0 : 1)
                        .thenComparingInt(p -> namedAdmin1.contains(p.country() + "/" + p.admin1()) && !p.isAdmin1() ? 0 : 1)
                        .thenComparingDouble(p -> nearestKm(p, anchors))
                        .thenComparingInt(Place::featureRank)
                        .thenComparingInt(p -> p.lat() == null ? 1 : 0));
            }
            Place best = ranked.get(0);
            String reason = ranked.size() == 1 ? "only candidate" : namedAdmin1.contains(best.country() + "/" + best.admin1())
                    ? "its region " + best.admin1() + " is named in the text"
                    : nearestKm(best, anchors) < nearestKm(ranked.get(1), anchors) ? "nearest to the other places named"
                    : "feature " + best.feature() + " ranks first";
            out.add(new PlaceMention(m.first(), m.end(), text.span(m.first(), m.end()), best, ranked,
                    precision(best, cue), cue == null ? null : cue.form, reason));
            if (!best.isCountry()) {
                lastPlace = best;
            }
        }
        while (nextSame < sameAs.size()) {
            addSameAs(text, sameAs.get(nextSame++), lastPlace, out);
        }
        addSoundAlikes(text, index, taken, inActor, documentCountries, out);
        out.sort(MENTIONS_IN_TEXT_ORDER);
        return out;
    }

    /*
     * The orders below are written as single comparators rather than chains of comparingInt: a chain's lambdas
     * call each other through call sites that every sort of the pipeline shares, which cost more than comparing.
     */

    /** Groups of candidates for one token range, longest range first, then in text order. */
    private static final Comparator<List<TermMatch>> LONGEST_FIRST = (a, b) -> {
        TermMatch x = a.get(0);
        TermMatch y = b.get(0);
        return x.length() != y.length() ? Integer.compare(y.length(), x.length()) : Integer.compare(x.first(), y.first());
    };
    private static final Comparator<List<TermMatch>> IN_TEXT_ORDER = (a, b) -> Integer.compare(a.get(0).first(), b.get(0).first());
    private static final Comparator<PlaceMention> MENTIONS_IN_TEXT_ORDER = (a, b) -> Integer.compare(a.first(), b.first());

    /** Whether every name of the group is also a common word, which then needs a location cue. */
    private static boolean allNeedCue(List<TermMatch> group) {
        for (TermMatch m : group) {
            if (!((PlaceTerm) m.term()).needsCue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "في قرية بولكيسّي": a word the lexicon does not know, right after a settlement, vicinity or area cue, that
     * sounds like a curated place of the document's countries (same consonant skeleton, or one letter apart).
     */
    private void addSoundAlikes(AnalyzedText text, MatchIndex index, boolean[] taken, boolean[] inActor,
                                Set<String> countries, List<PlaceMention> out) {
        for (TermMatch m : index.of(LocationCueTerm.class)) {
            LocationCueTerm c = (LocationCueTerm) m.term();
            if (!(c.kind().equals("settlement") || c.kind().equals("near") || c.kind().equals("area"))) {
                continue;
            }
            int k = m.end();
            while (k < text.size() && text.token(k).is("\"")) {
                k++;
            }
            if (k >= text.size() || !text.token(k).isWord() || taken[k] || inActor[k] || !index.at(k).isEmpty()
                    || text.token(k).form().startsWith("ال")) {
                continue;
            }
            List<Place> candidates = new ArrayList<>();
            for (String id : gazetteer.fuzzy().lookup(text.token(k).form())) {
                gazetteer.get(id).filter(p -> countries.isEmpty() || countries.contains(p.country())).ifPresent(candidates::add);
            }
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(Comparator.comparingInt(Place::featureRank));
            Place best = candidates.get(0);
            taken[k] = true;
            out.add(new PlaceMention(k, k + 1, text.span(k, k + 1), best, candidates, c.kind().equals("settlement") ? 1 : 2,
                    text.span(m.first(), m.end()).in(text.original()),
                    "sounds like " + best.name() + " (skeleton " + gazetteer.fuzzy().skeletonOf(text.token(k).form()) + ")"));
        }
    }

    /** Coordinates of the places the text names without ambiguity: the neighbourhood the story is in. */
    private List<double[]> unambiguousPoints(List<List<TermMatch>> chosen, Set<String> countries) {
        List<double[]> out = new ArrayList<>();
        for (List<TermMatch> g : chosen) {
            List<Place> ps = new ArrayList<>();
            for (TermMatch m : g) {
                gazetteer.get(((PlaceTerm) m.term()).placeId())
                        .filter(p -> !p.isCountry() && (countries.isEmpty() || countries.contains(p.country())))
                        .filter(p -> !ps.contains(p)).ifPresent(ps::add);
            }
            // a town and its cercle share a name: unambiguous when every candidate with coordinates is close by
            Place firstLocated = null;
            boolean oneSpot = true;
            int points = 0;
            for (Place p : ps) {
                if (p.lat() != null) {
                    if (firstLocated == null) {
                        firstLocated = p;
                    }
                    oneSpot &= km(p.lat(), p.lon(), firstLocated.lat(), firstLocated.lon()) < NEAR_KM;
                }
                if (!p.isArea()) {
                    points++;
                }
            }
            if (firstLocated != null && oneSpot && points <= 1) {
                out.add(new double[] {firstLocated.lat(), firstLocated.lon()});
            }
        }
        return out;
    }

    /**
     * Kilometres from a candidate to the nearest unambiguous place of the text; candidates without coordinates, or
     * a text without such places, tie (so the next criterion decides).
     */
    private static double nearestKm(Place p, List<double[]> anchors) {
        if (p.lat() == null || anchors.isEmpty()) {
            return NO_DISTANCE;
        }
        double best = NO_DISTANCE;
        for (double[] a : anchors) {
            best = Math.min(best, km(p.lat(), p.lon(), a[0], a[1]));
        }
        // within 50 km everything is "near": the feature class decides among near candidates
        return best < NEAR_KM ? 0 : best;
    }

    private static final double NO_DISTANCE = 1e6;
    private static final double NEAR_KM = 50;

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    /**
     * Anaphors as {start, end, precision}: the "same" cues of the lexicon ("في نفس المكان", "المكان نفسه", "نفس
     * المنطقة") name the place named last; "المنطقة" closing a clause after "في" or a verb of witnessing ("…
     * التي تشهدها المنطقة.") names its area. Read from the lexicon's matches, not by scanning every token.
     */
    private static List<int[]> sameAsBefore(AnalyzedText text, MatchIndex index) {
        List<int[]> out = new ArrayList<>();
        for (TermMatch m : index.of(LocationCueTerm.class)) {
            String kind = ((LocationCueTerm) m.term()).kind();
            int k = m.first();
            if (!out.isEmpty() && out.get(out.size() - 1)[0] == k) {
                continue; // one anaphor per position, however many cue entries match there
            }
            if (kind.equals("same") && (m.prefix().isEmpty() || ANAPHOR_PREFIXES.contains(m.prefix()))) {
                out.add(new int[] {k, m.end(), 0});
            } else if (kind.equals("area") && k > 0 && text.token(k).is("المنطقه")) {
                String before = text.token(k - 1).form();
                if ((before.startsWith("تشهد") || before.startsWith("شهدت") || before.equals("في"))
                        && (k + 1 >= text.size() || !text.token(k + 1).isWord())) {
                    out.add(new int[] {k, k + 1, 2});
                }
            }
        }
        return out;
    }

    /** Clitics an anaphor may carry: "وفي نفس المكان" is two tokens, but "بنفس المكان" is one. */
    private static final Set<String> ANAPHOR_PREFIXES = Set.of("و", "ف", "ب", "وب", "فب");

    private static void addSameAs(AnalyzedText text, int[] anaphor, Place last, List<PlaceMention> out) {
        if (last != null) {
            int precision = last.isArea() ? 3 : anaphor[2] == 0 ? 1 : anaphor[2];
            out.add(new PlaceMention(anaphor[0], anaphor[1], text.span(anaphor[0], anaphor[1]), last, List.of(last),
                    precision, null, (anaphor[2] == 0 ? "the same place as " : "the area of ") + last.name() + ", named before"));
        }
    }

    private record Cue(String form, String kind, int precision) {
    }

    /** The closest location cue ending at most {@link #CUE_WINDOW} tokens before the name, or a cue glued as a prefix. */
    private static Cue cueBefore(AnalyzedText text, MatchIndex index, int first, String gluedPrefix) {
        if (gluedPrefix.startsWith("ب") || gluedPrefix.startsWith("وب")) {
            // "ببير", "وبتمبكتو": the preposition "in" is glued to the name
            return new Cue(gluedPrefix, "at", 1);
        }
        for (int start = first - 1; start >= Math.max(0, first - CUE_WINDOW); start--) {
            if (text.token(start).isPunct() && !text.token(start).is("\"")) {
                break;
            }
            for (TermMatch m : index.at(start)) {
                if (m.term() instanceof LocationCueTerm c && !c.kind().equals("same") && m.end() >= first - 1
                        && m.end() <= first) {
                    return new Cue(text.span(m.first(), m.end()).in(text.original()), c.kind(), c.geoPrecision());
                }
            }
        }
        return null;
    }

    private static int precision(Place p, Cue cue) {
        if (p.isArea()) {
            return 3;
        }
        if (cue == null) {
            return 1;
        }
        return switch (cue.kind) {
            case "near", "area", "distance", "road", "direction" -> 2;
            default -> Math.max(1, cue.precision);
        };
    }
}
