package org.marsad.engine.events;

import java.util.List;
import org.marsad.engine.actors.Actor;

/** Who did it and to whom, as read from one clause; either may be null. */
record Roles(Actor agent, Actor target, List<Actor> associated) {
}
