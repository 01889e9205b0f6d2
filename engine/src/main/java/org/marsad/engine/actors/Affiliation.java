package org.marsad.engine.actors;

import org.marsad.engine.time.TimeSpan;

/**
 * A parent link in the ontology, valid between two dates (either may be null: open).
 *
 * @param relation branch-of, member-of, faction-of, merged-into, renamed-to, coalition-member-of …
 */
public record Affiliation(String child, String parent, String relation, TimeSpan validFrom, TimeSpan validTo,
                          String note) {
}
