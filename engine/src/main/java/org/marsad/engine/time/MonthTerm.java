package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/**
 * A month name in one of the naming systems.
 *
 * @param hijri     true for the Islamic calendar
 * @param month     1 to 12
 * @param system    egyptian, levantine, maghrebi, moroccan, hijri, french, english
 * @param ambiguous true when the word has another common meaning (مارس "practised", آب/اب "father"),
 *                  so it counts as a month only next to a day, a year, a modifier or another month name
 */
public record MonthTerm(boolean hijri, int month, String system, boolean ambiguous) implements Term {
}
