package org.marsad.engine.actors;

import org.marsad.engine.lexicon.Term;

/**
 * A country's name ("مالي") or nationality adjective ("المالي", "الماليين"): evidence of which country a
 * text is about, and what "الجيش" or "جنود" means next to it.
 */
public record CountryTerm(String code, boolean adjective) implements Term {
}
