package org.marsad.engine.numbers;

/** How a qualifier bounds the number it introduces. */
public enum Bound {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, AT_MOST, LESS_THAN, UP_TO;

    /** ACLED's conservative reading: "more than N" and "at least N" count N; "up to N" is speculative. */
    public boolean countable() {
        return this != UP_TO && this != LESS_THAN;
    }

    public static Bound parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "exact" -> EXACT;
            case "at-least" -> AT_LEAST;
            case "more-than" -> MORE_THAN;
            case "about" -> ABOUT;
            case "at-most" -> AT_MOST;
            case "less-than" -> LESS_THAN;
            case "up-to" -> UP_TO;
            default -> throw new IllegalArgumentException("unknown bound '" + s
                    + "' (expected at-least, more-than, about, at-most, less-than or up-to)");
        };
    }
}
