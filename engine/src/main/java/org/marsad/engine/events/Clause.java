package org.marsad.engine.events;

/**
 * A stretch of one sentence that can hold one incident: tokens [first, end). Sentences are cut before
 * every date that opens a new statement ("…، وفي اليوم التالي في 12 أغسطس، شنت …").
 */
public record Clause(int sentence, int first, int end) {
    public boolean contains(int token) {
        return token >= first && token < end;
    }
}
