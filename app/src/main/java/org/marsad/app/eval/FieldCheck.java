package org.marsad.app.eval;

import java.util.List;
import java.util.Objects;
import org.marsad.engine.model.Event;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.places.Place;

/** Whether one field of a matched event agrees with the gold, field by field. */
final class FieldCheck {
    /** Two places are the same when within this distance (the 25 km). */
    static final double SAME_PLACE_KM = 25.0;

    private final Gazetteer gazetteer;

    FieldCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean type(Event e, GoldEvent g) {
        return e.type().label().equals(g.eventType());
    }

    boolean subType(Event e, GoldEvent g) {
        return e.subType().label().equals(g.subEventType());
    }

    boolean date(Event e, GoldEvent g) {
        return Objects.equals(e.date() == null ? null : e.date().iso(), g.date());
    }

    boolean actor1(Event e, GoldEvent g) {
        return Objects.equals(e.actor1() == null ? null : e.actor1().name(), g.actor1());
    }

    boolean actor2(Event e, GoldEvent g) {
        return Objects.equals(e.actor2() == null ? null : e.actor2().name(), g.actor2());
    }

    boolean actors(Event e, GoldEvent g) {
        return actor1(e, g) && actor2(e, g);
    }

    boolean fatalities(Event e, GoldEvent g) {
        return Objects.equals(e.fatalities(), g.fatalities());
    }

    boolean status(Event e, GoldEvent g) {
        return e.status().label().equals(g.status());
    }

    /** Same place by name (any spelling the gazetteer knows) or within 25 km; country level when gold names no place. */
    boolean location(Event e, GoldEvent g) {
        if (e.location() == null) {
            return g.location() == null && g.country() == null;
        }
        String country = e.location().country();
        if (g.location() == null || isCountryName(g.location(), g.country())) {
            return Objects.equals(country, g.country()) && (e.location().placeId() == null
                    || e.location().placeId().startsWith("country-") || e.location().geoPrecision() == 3);
        }
        if (e.location().name() != null && Gazetteer.latinKey(e.location().name()).equals(Gazetteer.latinKey(g.location()))) {
            return true;
        }
        List<Place> named = gazetteer.byLatinName(g.location());
        for (Place p : named) {
            if (p.id().equals(e.location().placeId())) {
                return true;
            }
        }
        Double glat = g.lat();
        Double glon = g.lon();
        if (glat == null) {
            for (Place p : named) {
                if (p.lat() != null && p.country().equals(g.country())) {
                    glat = p.lat();
                    glon = p.lon();
                    break;
                }
            }
        }
        return glat != null && e.location().lat() != null
                && km(glat, glon, e.location().lat(), e.location().lon()) <= SAME_PLACE_KM;
    }

    private boolean isCountryName(String location, String country) {
        return gazetteer.country(country == null ? "" : country)
                .map(c -> Gazetteer.latinKey(c.name()).equals(Gazetteer.latinKey(location))).orElse(false);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
