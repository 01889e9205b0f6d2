package org.marsad.engine.pipeline;

import java.util.List;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.PublicationEstimate;

/**
 * The result of analysing one document: the publication date used, every mention found, and the events.
 *
 * @param country the country the document is mostly about, or null
 */
public record DocumentAnalysis(Document document, PublicationEstimate publication, String country,
                               List<DateMention> dates, List<NumberMention> numbers, List<ActorMention> actors,
                               List<PlaceMention> places, List<Event> events) {
    public DocumentAnalysis {
        dates = List.copyOf(dates);
        numbers = List.copyOf(numbers);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }
}
