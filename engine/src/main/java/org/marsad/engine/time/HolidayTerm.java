package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/**
 * A holiday on a fixed day of a calendar month every year (عيد الميلاد: 25 December; عيد الفطر: 1 Shawwal),
 * from {@code knowledge/dates/holidays.tsv}.
 */
public record HolidayTerm(boolean hijri, int month, int day) implements Term {
}
