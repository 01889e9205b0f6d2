package org.marsad.engine.places;

import java.util.List;
import org.marsad.engine.text.Span;

/**
 * A place named in the text.
 *
 * @param first        first token of the name
 * @param end          token after the name
 * @param span         original span of the name
 * @param place        the resolved place, null when unresolved
 * @param candidates   every gazetteer place the name can mean, best first
 * @param geoPrecision ACLED precision given the cue before it
 * @param cue          the location cue that introduced it, or null
 * @param reason       why this place won
 */
public record PlaceMention(int first, int end, Span span, Place place, List<Place> candidates, int geoPrecision,
                           String cue, String reason) {
    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
