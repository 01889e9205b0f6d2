package org.marsad.engine.actors;

import org.marsad.engine.lexicon.Term;

/** A named person (a leader) and the actor they stand for in events. */
public record PersonTerm(String personId, String name, String actorId, String role) implements Term {
}
