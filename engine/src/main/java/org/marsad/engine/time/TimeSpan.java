package org.marsad.engine.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A stretch of calendar days with the precision at which it is known: a day, a week, a month, a year.
 * {@code start} and {@code end} are inclusive; a day has {@code start == end}.
 */
public record TimeSpan(LocalDate start, LocalDate end, Precision precision) {
    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time span ends before it starts: " + start + " > " + end);
        }
    }

    /**
     * The record's equality, written out: the generated one goes through an invokedynamic bootstrap that the
     * incident merger, which compares the dates of every pair of drafts, paid for in a measurable share.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TimeSpan t && start.equals(t.start) && end.equals(t.end) && precision == t.precision;
    }

    @Override
    public int hashCode() {
        return (start.hashCode() * 31 + end.hashCode()) * 31 + precision.hashCode();
    }

    public static TimeSpan day(LocalDate d) {
        return new TimeSpan(d, d, Precision.DAY);
    }

    public static TimeSpan month(YearMonth m) {
        return new TimeSpan(m.atDay(1), m.atEndOfMonth(), Precision.MONTH);
    }

    public static TimeSpan year(int y) {
        return new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
    }

    /** Parses ISO {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static TimeSpan parseIso(String iso) {
        String s = iso.trim();
        try {
            if (s.length() == 4) {
                return year(Integer.parseInt(s));
            }
            if (s.length() == 7) {
                return month(YearMonth.parse(s));
            }
            return day(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + iso);
        }
    }

    /** The output form: a day {@code 2023-08-12}, a month {@code 2023-08}, a year {@code 2023}; weeks print their first day. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.equals(start.withDayOfMonth(1)) && end.equals(YearMonth.from(start).atEndOfMonth())
                    ? YearMonth.from(start).toString() : start.toString();
            default -> start.toString();
        };
    }

    /** The end of a span in output form, or null for a single day, month or year. */
    public String isoEnd() {
        if (start.equals(end)) {
            return null;
        }
        if (precision == Precision.YEAR && start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31))) {
            return null;
        }
        if (precision == Precision.MONTH && iso().length() == 7) {
            return null;
        }
        return end.toString();
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    public TimeSpan withPrecision(Precision p) {
        return new TimeSpan(start, end, p);
    }
}
