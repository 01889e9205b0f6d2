package org.marsad.app.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceMergerTest {
    private static PlaceCandidate place(long gn, String id, String name, double lat, double lon) {
        PlaceCandidate c = new PlaceCandidate(gn, id, name, "town", "ML", lat, lon);
        c.sources.add("test");
        return c;
    }

    @Test
    void sameGeonamesIdIsOnePlaceAndKeepsTheFirstCoordinates() {
        PlaceMerger m = new PlaceMerger();
        PlaceCandidate first = place(2453348, "gn-2453348", "Mopti", 14.4843, -4.18296);
        PlaceCandidate second = place(2453348, "gn-2453348", "Mopti", 14.49, -4.19);
        second.arabic.add("موبتي");
        m.add(first);
        m.add(second);
        assertThat(m.places()).hasSize(1);
        PlaceCandidate kept = m.places().iterator().next();
        assertThat(kept.lat).isEqualTo(14.4843);
        assertThat(kept.arabic).containsExactly("موبتي");
    }

    @Test
    void sameNameWithinFiveKilometresIsOnePlace() {
        PlaceMerger m = new PlaceMerger();
        m.add(place(2453348, "gn-2453348", "Mopti", 14.4843, -4.18296));
        m.add(place(0, "cj-mopti", "Mopti", 14.50, -4.20)); // about 2.5 km away, accents and case aside
        m.add(place(0, "cj-mopti-far", "Mopti", 14.70, -4.18)); // about 24 km away: another place
        m.add(place(0, "cj-sevare", "Sevare", 14.49, -4.19)); // near, but another name
        assertThat(m.places()).extracting(c -> c.id).containsExactly("gn-2453348", "cj-mopti-far", "cj-sevare");
    }

    @Test
    void theRuleItself() {
        PlaceCandidate a = place(1, "gn-1", "Ségou", 13.4317, -6.2157);
        PlaceCandidate b = place(0, "cj-x", "Segou", 13.44, -6.22);
        PlaceCandidate c = place(0, "cj-y", "Segou", 13.60, -6.22);
        assertThat(PlaceMerger.samePlace(a, b)).isTrue();
        assertThat(PlaceMerger.samePlace(a, c)).isFalse();
        assertThat(PlaceMerger.kilometres(0, 0, 0, 1)).isBetween(111.0, 111.4);
    }
}
