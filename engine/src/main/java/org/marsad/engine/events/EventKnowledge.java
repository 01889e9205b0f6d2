package org.marsad.engine.events;

/**
 * What the event stage knows beyond the lexicon: the function words it reads clauses with and the weights of
 * events' confidence.
 */
public record EventKnowledge(ClauseWords words, ConfidenceModel confidence) {
}
