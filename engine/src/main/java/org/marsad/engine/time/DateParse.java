package org.marsad.engine.time;

/**
 * What a date parser read: the tokens {@code [first, end)} and the expression they write, before the relation
 * word (منذ، حتى، قبل، بعد) in front of them is looked at.
 */
record DateParse(int first, int end, TimeExpression expr) {
}
