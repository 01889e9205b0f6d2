package org.marsad.engine.actors;

import java.util.List;

/**
 * An actor of the ontology.
 *
 * @param id        stable ASCII slug
 * @param name      ACLED-style English name, as output
 * @param inter     ACLED inter code: 1 state forces … 8 external/other forces
 * @param category  state-military, jihadist, rebel, militia, civilians, unidentified …
 * @param countries ISO alpha-2 codes where it operates
 */
public record Actor(String id, String name, int inter, String category, List<String> countries) {
    public Actor {
        countries = List.copyOf(countries);
    }

    /** Armed non-state groups: the ones "الجماعة" and "التنظيم" can refer back to. */
    public boolean isArmedGroup() {
        return category.equals("jihadist") || category.equals("rebel") || category.equals("militia")
                || category.equals("pro-government-militia") || category.equals("mercenary");
    }

    public boolean isCivilian() {
        return inter == 7 || category.equals("civilians");
    }

    public boolean isState() {
        return inter == 1 || category.startsWith("state-");
    }
}
