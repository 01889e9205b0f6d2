package org.marsad.engine.model;

/** Epistemic status of a fact: how the text knows it. Names are the output vocabulary. */
public enum Status {
    /** Stated as fact, on the text's own authority or citing officials, local sources, agencies. */
    REPORTED("reported"),
    /** Resting only on a belligerent's own statement (claim of responsibility, bulletin, propaganda). */
    CLAIMED("claimed"),
    /** Unconfirmed reports said to circulate. */
    RUMOR("rumor"),
    /** The occurrence itself is the author's or an analyst's conjecture. */
    SPECULATION("speculation"),
    /** An allegation reported together with a denial. */
    DENIED("denied");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Status fromLabel(String label) {
        for (Status s : values()) {
            if (s.label.equalsIgnoreCase(label.trim()) || ("rumour".equalsIgnoreCase(label.trim()) && s == RUMOR)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + label);
    }
}
