package org.marsad.engine.places;

import org.marsad.engine.lexicon.Term;

/**
 * A name of a gazetteer place.
 *
 * @param needsCue the name is also a common word ("بير" a well, "بلا" without): a place only after a
 *                 location cue (في، بلدة، قرب، منطقة)
 */
public record PlaceTerm(String placeId, boolean needsCue) implements Term {
    @Override
    public boolean allowsPrefix() {
        return true;
    }
}
