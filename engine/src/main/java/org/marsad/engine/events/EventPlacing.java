package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.model.Location;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.places.Place;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.text.AnalyzedText;

/**
 * Chooses the place of a clause's event: the clause's place nearest the event word (those after it first), else
 * the country the clause names away from a border, else the document's country, at precision 3.
 */
final class EventPlacing {
    private final Gazetteer gazetteer;

    EventPlacing(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param own the place is a settlement of the clause, not an area or a country */
    record PlaceChoice(Location location, boolean own) {
    }

    /** The place of the event whose word starts at token {@code trigger} of the clause. */
    PlaceChoice choose(Mentions m, DocumentMarks marks, Clause clause, int trigger) {
        PlaceMention best = null;
        List<PlaceMention> places = m.places();
        for (int i = marks.placesFrom(clause.first());
             i < places.size() && places.get(i).first() < clause.end(); i++) {
            PlaceMention p = places.get(i);
            if (p.place() == null || p.place().isCountry()) {
                continue;
            }
            if (best == null || score(p, trigger) < score(best, trigger)) {
                best = p;
            }
        }
        if (best != null) {
            Place p = best.place();
            boolean area = p.isArea();
            return new PlaceChoice(locationOf(p, best.geoPrecision()), !area);
        }
        String country = countryIn(m, marks, clause);
        if (country == null) {
            country = m.country();
        }
        if (country == null) {
            return new PlaceChoice(null, false);
        }
        Place c = gazetteer.country(country).orElse(null);
        return new PlaceChoice(new Location(c == null ? null : c.name(), null, country, null, null, 3,
                c == null ? null : c.id()), false);
    }

    /** The event's location at a gazetteer place, with the precision its mention has. */
    static Location locationOf(Place p, int geoPrecision) {
        return new Location(p.name(), p.admin1().isEmpty() ? null : p.admin1(), p.country(), p.lat(), p.lon(),
                geoPrecision, p.id());
    }

    /** Places after the event word come first ("هجوم في بير"), then the nearest. */
    private static int score(PlaceMention p, int trigger) {
        int d = p.first() - trigger;
        return d >= 0 ? d : 1000 - d;
    }

    /** The first country the clause names, when it is not named across a border. */
    private static String countryIn(Mentions m, DocumentMarks marks, Clause clause) {
        List<PlaceMention> places = m.places();
        for (int i = marks.placesFrom(clause.first());
             i < places.size() && places.get(i).first() < clause.end(); i++) {
            PlaceMention p = places.get(i);
            if (p.place() != null && p.place().isCountry() && !acrossBorder(m.text(), p)) {
                return p.place().country();
            }
        }
        return null;
    }

    /** "على بعد 60 كلم من الحدود مع موريتانيا": a neighbour named at a border is not where the event is. */
    private static boolean acrossBorder(AnalyzedText text, PlaceMention p) {
        for (int k = Math.max(0, p.first() - 2); k < p.first(); k++) {
            String f = text.token(k).form();
            if (f.equals("مع") || f.endsWith("حدود") || f.startsWith("حدود") || f.equals("نحو") || f.equals("باتجاه")) {
                return true;
            }
        }
        return false;
    }
}
