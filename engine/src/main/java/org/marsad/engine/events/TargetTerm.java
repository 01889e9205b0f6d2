package org.marsad.engine.events;

import org.marsad.engine.lexicon.Term;

/**
 * A noun naming what an attack hit: armed forces (a base, a patrol) or civilians (a village, a market).
 *
 * @param person    a plain "persons" ("شخصا"): civilians when the news reports it, but in a group's own claim the
 *                  persons it says it killed are its enemies
 * @param stateRole for a state's own installation or unit (a military base, a police station), the role word
 *                  (@army, @police, @gendarmerie) whose actor in the event's country is the side attacked; else null
 * @param militant  the attackers as the news names their dead ("إرهابيا", "مسلحا"): armed, but never the side an
 *                  attack on civilians also hit
 * @param single    a singular noun ("مدني", "جندي"): one more dead when joined to a toll ("خمسة متطوعين ومدني");
 *                  not a target word on its own ("المجتمع المدني" is no attack on civilians)
 */
public record TargetTerm(boolean civilian, boolean person, String stateRole, boolean militant, boolean single)
        implements Term {
    public TargetTerm(boolean civilian) {
        this(civilian, false, null, false, false);
    }

    /** Armed people who defend a place or a state: soldiers, police, volunteers, not the attackers. */
    boolean defender() {
        return !civilian && !militant;
    }
}
