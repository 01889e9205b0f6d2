package org.marsad.engine.model;

import java.util.List;
import org.marsad.engine.time.TimeSpan;

/**
 * One ACLED-style event extracted from one document.
 *
 * @param docId          the document it comes from
 * @param eventId        stable within the document: {@code <docId>#<n>} in reading order
 * @param date           when it happened, null when the text gives no usable anchor
 * @param type           ACLED event type
 * @param subType        ACLED sub-event type; always under {@code type}
 * @param actor1         initiator (perpetrator for violence against civilians), may be null
 * @param actor2         the other side or target, may be null
 * @param assocActors    allies fighting alongside a side
 * @param location       where, null when the text names no place and no country
 * @param fatalities     conservative death toll, null when the text gives no figure
 * @param status         how the text knows the event
 * @param claimedBy      the group that claimed it, whatever the status; may be null
 * @param suspectedActor a perpetrator the text only suspects (actor1 is then the unidentified group); may be null
 * @param evidence       the sentence(s) stating it
 * @param confidence     0 to 1, how sure Marsad is that this event is right
 * @param aggregate      true when one statement covers several incidents ("75 killed in 8 operations")
 * @param related        further passages of the document about the same incident, apart from {@code evidence}
 * @param confidenceBasis what the text offers in support of the event: the factors {@code confidence} comes from
 */
public record Event(String docId, String eventId, TimeSpan date, EventType type, SubEventType subType,
                    ActorRef actor1, ActorRef actor2, List<ActorRef> assocActors, Location location,
                    Integer fatalities, Status status, ActorRef claimedBy, ActorRef suspectedActor,
                    Evidence evidence, double confidence, boolean aggregate, List<Evidence> related,
                    List<ConfidenceFactor> confidenceBasis) {

    /** An event whose confidence is given without its basis (tests, imports). */
    public Event(String docId, String eventId, TimeSpan date, EventType type, SubEventType subType, ActorRef actor1,
                 ActorRef actor2, List<ActorRef> assocActors, Location location, Integer fatalities, Status status,
                 ActorRef claimedBy, ActorRef suspectedActor, Evidence evidence, double confidence, boolean aggregate,
                 List<Evidence> related) {
        this(docId, eventId, date, type, subType, actor1, actor2, assocActors, location, fatalities, status, claimedBy,
                suspectedActor, evidence, confidence, aggregate, related, List.of());
    }

    /** An event stated by one passage only. */
    public Event(String docId, String eventId, TimeSpan date, EventType type, SubEventType subType, ActorRef actor1,
                 ActorRef actor2, List<ActorRef> assocActors, Location location, Integer fatalities, Status status,
                 ActorRef claimedBy, ActorRef suspectedActor, Evidence evidence, double confidence, boolean aggregate) {
        this(docId, eventId, date, type, subType, actor1, actor2, assocActors, location, fatalities, status, claimedBy,
                suspectedActor, evidence, confidence, aggregate, List.of());
    }

    public Event {
        related = List.copyOf(related);
        confidenceBasis = List.copyOf(confidenceBasis);
        if (subType.type() != type) {
            throw new IllegalArgumentException(subType.label() + " is not a sub-event type of " + type.label());
        }
        assocActors = List.copyOf(assocActors);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public Event withEventId(String id) {
        return new Event(docId, id, date, type, subType, actor1, actor2, assocActors, location, fatalities, status,
                claimedBy, suspectedActor, evidence, confidence, aggregate, related, confidenceBasis);
    }
}
