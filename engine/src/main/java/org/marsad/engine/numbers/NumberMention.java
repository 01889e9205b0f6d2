package org.marsad.engine.numbers;

import org.marsad.engine.text.Span;

/**
 * A quantity in the text: digits, number words or a vague word, with its qualifier.
 *
 * @param first   first token of the number itself (the qualifier, if any, comes before)
 * @param end     token after the number
 * @param span    original span including the qualifier
 * @param value   the conservative value (for "أكثر من 30", 30)
 * @param bound   how the qualifier bounds it
 * @param vague   true for عشرات، مئات …
 */
public record NumberMention(int first, int end, Span span, long value, Bound bound, boolean vague) {
}
