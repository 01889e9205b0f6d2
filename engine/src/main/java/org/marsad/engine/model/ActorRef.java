package org.marsad.engine.model;

/** An actor as it appears on an event: the ontology id and the ACLED-style display name. */
public record ActorRef(String id, String name) {
}
