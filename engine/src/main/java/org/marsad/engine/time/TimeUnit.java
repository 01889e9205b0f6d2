package org.marsad.engine.time;

/** Calendar units of relative expressions. */
public enum TimeUnit {
    DAY, WEEK, MONTH, YEAR;

    public static TimeUnit parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "day", "days" -> DAY;
            case "week", "weeks" -> WEEK;
            case "month", "months" -> MONTH;
            case "year", "years" -> YEAR;
            default -> throw new IllegalArgumentException("unknown unit '" + s + "' (expected day, week, month or year)");
        };
    }
}
