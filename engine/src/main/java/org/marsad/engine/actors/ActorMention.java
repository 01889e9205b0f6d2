package org.marsad.engine.actors;

import org.marsad.engine.text.Span;

/**
 * An actor named in the text, linked to the ontology.
 *
 * @param first  first token
 * @param end    token after the mention
 * @param actor  the linked actor
 * @param rule   how the link was made (alias, role+country, branch by region, person, coreference)
 */
public record ActorMention(int first, int end, Span span, Actor actor, String rule) {
    /** The rule text of a mention that refers back ("الجماعة") rather than names. */
    public static final String COREFERENCE = "coreference to the last armed group";

    /** Whether a generic word ("الجيش", "جنود", "السكان") was resolved through its role in the country. */
    public boolean isRole() {
        return rule.startsWith("role ");
    }

    /** Whether this mention refers back to a group named earlier rather than naming one. */
    public boolean isCoreference() {
        return rule.equals(COREFERENCE);
    }
}
