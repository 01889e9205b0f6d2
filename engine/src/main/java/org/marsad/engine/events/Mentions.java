package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.PublicationEstimate;

/**
 * Everything the recognisers found in one document: the input of event extraction.
 *
 * @param country the country the document is mostly about (ISO alpha-2), or null
 */
public record Mentions(AnalyzedText text, MatchIndex index, List<DateMention> dates, List<NumberMention> numbers,
                       List<ActorMention> actors, List<PlaceMention> places, PublicationEstimate publication,
                       String country) {
    public Mentions {
        dates = List.copyOf(dates);
        numbers = List.copyOf(numbers);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
