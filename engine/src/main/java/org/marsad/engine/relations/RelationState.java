package org.marsad.engine.relations;

import java.util.Locale;

/** The state of a relation between two actors; names are the output vocabulary. */
public enum RelationState {
    /** Armed conflict, or open political hostility between states and organisations. */
    HOSTILE,
    /** A ceasefire or peace agreement in force between former or current enemies. */
    TRUCE,
    /** Working together without merging: joint operations, coordination, cooperation agreements. */
    COOPERATION,
    /** A formal alliance or merger of distinct actors. */
    ALLIANCE,
    /** One actor is a member, branch or subordinate of the other (ordered: child, parent). */
    AFFILIATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the two states cannot hold at once: hostility against truce, cooperation or alliance. */
    public boolean opposes(RelationState other) {
        boolean peaceful = this == TRUCE || this == COOPERATION || this == ALLIANCE;
        boolean otherPeaceful = other == TRUCE || other == COOPERATION || other == ALLIANCE;
        return (this == HOSTILE && otherPeaceful) || (other == HOSTILE && peaceful);
    }

    public static RelationState fromLabel(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation state '" + label + "'");
        }
    }
}
