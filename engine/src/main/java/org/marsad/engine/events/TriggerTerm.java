package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;
import org.marsad.engine.model.SubEventType;

/**
 * An event word.
 *
 * @param subType        the ACLED sub-event type, or null when the type depends on the target ("by-target")
 * @param priority       the most specific word of a clause wins
 * @param impliedTarget  a role word (@army …) for the side a non-state group's act is against when the text names
 *                       none: a siege of a town is against the state forces holding it; null for most words
 * @param betweenSides   the word tells an event only between two sides the clause names, one of them an armed
 *                       group: a meeting or talks are ACLED's Agreement between belligerents, a cabinet meeting is
 *                       no event
 */
public record TriggerTerm(SubEventType subType, int priority, String impliedTarget, boolean betweenSides) implements Term {
    public TriggerTerm(SubEventType subType, int priority) {
        this(subType, priority, null, false);
    }

    public boolean byTarget() {
        return subType == null;
    }

    /** Event words are inflected: "هجومها", "استهدفتهم". */
    @Override
    public boolean allowsSuffix() {
        return true;
    }
}
