package org.marsad.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.engine.actors.CountryTerm;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.places.PlaceTerm;

/**
 * Which countries a document is about: every country it names or qualifies with an adjective, and the
 * one named most (earliest on ties). When no country is named, the countries of the places it names.
 * Places are then only resolved within these countries.
 */
final class DocumentCountry {
    record Countries(String main, Set<String> all) {
    }

    Countries of(MatchIndex index, Gazetteer gazetteer) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TermMatch m : index.of(CountryTerm.class)) {
            counts.merge(((CountryTerm) m.term()).code(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            for (TermMatch m : index.of(PlaceTerm.class)) {
                if (m.term() instanceof PlaceTerm p && !p.needsCue()) {
                    gazetteer.get(p.placeId()).ifPresent(place -> counts.merge(place.country(), 1, Integer::sum));
                }
            }
        }
        String main = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        return new Countries(main, new LinkedHashSet<>(counts.keySet()));
    }
}
