package org.marsad.engine.places;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The places Marsad knows by id; names are indexed in the shared lexicon. Immutable. */
public final class Gazetteer {
    private final Map<String, Place> byId;
    private final Map<String, Place> countries;

    private final FuzzyPlaceIndex fuzzy;

    public Gazetteer(Collection<Place> places) {
        this(places, FuzzyPlaceIndex.empty());
    }

    /** @param fuzzy curated names by sound, for spellings the exact lexicon misses */
    public Gazetteer(Collection<Place> places, FuzzyPlaceIndex fuzzy) {
        this.fuzzy = fuzzy;
        Map<String, Place> ids = new LinkedHashMap<>();
        Map<String, Place> cs = new LinkedHashMap<>();
        for (Place p : places) {
            ids.put(p.id(), p);
            if (p.isCountry()) {
                cs.put(p.country(), p);
            }
        }
        this.byId = Map.copyOf(ids);
        this.countries = Map.copyOf(cs);
    }

    public FuzzyPlaceIndex fuzzy() {
        return fuzzy;
    }

    public Optional<Place> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country as a place (for events known only to the country), if present. */
    public Optional<Place> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Collection<Place> all() {
        return byId.values();
    }

    /** Places whose name or admin1 equals the given Latin name (case- and accent-insensitive). */
    public List<Place> byLatinName(String name) {
        String key = latinKey(name);
        return byId.values().stream().filter(p -> latinKey(p.name()).equals(key)).toList();
    }

    /** A comparison key for Latin place names: lower case, no accents, no punctuation or spaces. */
    public static String latinKey(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    public int size() {
        return byId.size();
    }
}
