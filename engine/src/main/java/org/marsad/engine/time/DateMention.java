package org.marsad.engine.time;

import org.marsad.engine.text.Span;

/**
 * A time expression found in the text: tokens [first, end), its original span and what it says.
 * {@code resolved} is null until it is anchored, and stays null when no anchor fixes it.
 */
public record DateMention(int first, int end, Span span, TimeExpression expression, Relation relation,
                          TimeSpan resolved) {

    /** How the expression relates the statement to the date: at it, since it, until it, before or after it. */
    public enum Relation { AT, SINCE, UNTIL, BEFORE, AFTER }

    public DateMention resolvedTo(TimeSpan value) {
        return new DateMention(first, end, span, expression, relation, value);
    }

    /** Whether this is a point in time a statement happens at (not "since 2012", which is background). */
    public boolean isPoint() {
        return relation == Relation.AT;
    }
}
