package org.marsad.engine.time;

/** How precisely a date is known; names are the output vocabulary. */
public enum Precision {
    DAY("day"), WEEK("week"), MONTH("month"), YEAR("year"), UNKNOWN("unknown");

    private final String label;

    Precision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** ACLED's time_precision: 1 day, 2 week or a few days, 3 month or coarser. */
    public int acledTimePrecision() {
        return switch (this) {
            case DAY -> 1;
            case WEEK -> 2;
            default -> 3;
        };
    }

    public boolean coarserThan(Precision other) {
        return ordinal() > other.ordinal();
    }

    public static Precision fromLabel(String label) {
        for (Precision p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision: " + label);
    }
}
