package org.marsad.engine.events;

import org.marsad.engine.actors.Actor;
import org.marsad.engine.model.Status;

/**
 * What the cues of a clause say about its event.
 *
 * @param status     how the event is known
 * @param claimer    the group whose statement it rests on or who claimed it, may be null
 * @param hedgeAt    the first token of the clause's hedge ("يشتبه", "رجح"), -1 when the perpetrator is not only
 *                   suspected
 * @param notAnEvent a negation, a condition, a question or a plan: no event at all
 * @param reportDate the clause's date is when a statement was made, not when the incident happened
 * @param negated    the clause opens on a negation of its own verb ("ولم تعلن السلطات حصيلة للهجوم"): what it says
 *                   of an incident already told is that something was not done or not known
 */
record StatusReading(Status status, Actor claimer, int hedgeAt, boolean notAnEvent, boolean reportDate,
                     boolean negated) {
    /** The perpetrator is only suspected. */
    boolean hedged() {
        return hedgeAt >= 0;
    }
}
