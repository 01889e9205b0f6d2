package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;
import org.marsad.engine.model.SubEventType;

/**
 * An event word.
 *
 * @param subType  the ACLED sub-event type, or null when the type depends on the target ("by-target")
 * @param priority the most specific word of a clause wins
 */
public record TriggerTerm(SubEventType subType, int priority) implements Term {
    public boolean byTarget() {
        return subType == null;
    }

    /** Event words are inflected: "هجومها", "استهدفتهم". */
    @Override
    public boolean allowsSuffix() {
        return true;
    }
}
