package org.marsad.engine.places;

import org.marsad.engine.lexicon.Term;

/**
 * A word that introduces a place: "في" (at), "بلدة" (town of), "قرب" (near), "منطقة"/"ولاية" (region of).
 *
 * @param kind         at, settlement, near, area, road, distance, direction
 * @param geoPrecision the ACLED precision it implies for a town that follows (1 at, 2 near or around)
 */
public record LocationCueTerm(String kind, int geoPrecision) implements Term {
}
