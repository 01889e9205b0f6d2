package org.marsad.engine.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.actors.ActorRecognizer;
import org.marsad.engine.events.EventExtractor;
import org.marsad.engine.events.Mentions;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.numbers.NumberRecognizer;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.places.PlaceRecognizer;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.DateRecognizer;
import org.marsad.engine.time.DateResolver;
import org.marsad.engine.time.PublicationDateInference;
import org.marsad.engine.time.PublicationEstimate;

/**
 * The whole per-document pipeline, in reading order: text → one lexicon pass → numbers, dates
 * (publication date inferred when missing, then every date anchored) → actors → places → events.
 * Thread-safe: every stage is stateless and the knowledge is immutable.
 */
public final class DocumentAnalyzer {
    private final Knowledge knowledge;
    private final NumberRecognizer numbers = new NumberRecognizer();
    private final DateRecognizer dates = new DateRecognizer();
    private final DateResolver resolver = new DateResolver();
    private final PublicationDateInference publication = new PublicationDateInference();
    private final DocumentCountry countries = new DocumentCountry();
    private final ActorRecognizer actors;
    private final PlaceRecognizer places;
    private final EventExtractor events;

    public DocumentAnalyzer(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.actors = new ActorRecognizer(knowledge.actors());
        this.places = new PlaceRecognizer(knowledge.places());
        this.events = new EventExtractor(knowledge.actors(), knowledge.places(), knowledge.events());
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** The text stages and the lexicon pass only: what every later stage reads. */
    public AnalyzedText read(Document document) {
        return knowledge.text().analyze(document);
    }

    public DocumentAnalysis analyze(Document document) {
        AnalyzedText text = read(document);
        MatchIndex index = new MatchIndex(knowledge.lexicon().match(text.tokens()), text.size());
        List<NumberMention> quantities = numbers.recognize(text, index.all());
        List<DateMention> found = dates.recognize(text, index);
        PublicationEstimate pub = document.published() != null
                ? PublicationEstimate.given(document.published())
                : publication.infer(text, index, found);
        List<DateMention> resolved = resolver.resolve(found, pub.date());
        DocumentCountry.Countries c = countries.of(index, knowledge.places());
        LocalDate when = pub.date() == null ? null : pub.date().start();
        List<ActorMention> actorMentions = actors.recognize(text, index, c.main(), when);
        List<PlaceMention> placeMentions = places.recognize(text, index, actorMentions, c.all());
        Mentions mentions = new Mentions(text, index, resolved, quantities, actorMentions, placeMentions, pub, c.main());
        List<Event> extracted = events.extract(mentions);
        return new DocumentAnalysis(document, pub, c.main(), resolved, quantities, actorMentions, placeMentions, extracted);
    }
}
