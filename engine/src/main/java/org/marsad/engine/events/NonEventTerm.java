package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/** A phrase holding an event word that states no event ("تحت سيطرة": under the control of). */
public record NonEventTerm() implements Term {
    /** Every non-event phrase means the same thing; one shared instance keeps the trie small. */
    public static final NonEventTerm INSTANCE = new NonEventTerm();
}
