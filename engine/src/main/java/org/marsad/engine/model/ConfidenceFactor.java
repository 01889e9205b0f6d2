package org.marsad.engine.model;

/**
 * What the text offers in support of one event: the evidence its confidence is computed from (see
 * {@code knowledge/calibration/event-confidence.tsv}), listed on each event so a reader sees why it is as sure
 * as it says.
 */
public enum ConfidenceFactor {
    /** A specific event word: an ambush, an IED, an air strike, a ceasefire (triggers.tsv priority 50 or more). */
    SPECIFIC_WORD("specific-word"),
    /** An event word that names a kind of incident: an attack, clashes, a siege (priority 40 to 49). */
    TYPED_WORD("typed-word"),
    /** A date stated for the incident itself. */
    OWN_DATE("own-date"),
    /** A place stated for the incident itself. */
    OWN_PLACE("own-place"),
    /** A named actor1, not an unidentified armed group. */
    NAMED_ACTOR("named-actor"),
    /** A death toll. */
    TOLL("toll"),
    /** The incident is told in more than one sentence. */
    SEVERAL_PASSAGES("several-passages"),
    /** It rests on a belligerent's own claim. */
    CLAIMED("claimed"),
    /** It is a rumour or a speculation. */
    UNCONFIRMED("unconfirmed"),
    /** It is told as denied. */
    DENIED("denied"),
    /** One statement covers several incidents. */
    AGGREGATE("aggregate");

    private final String label;

    ConfidenceFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ConfidenceFactor fromLabel(String label) {
        for (ConfidenceFactor f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown confidence factor '" + label + "'");
    }
}
