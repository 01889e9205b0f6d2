package org.marsad.engine.numbers;

import org.marsad.engine.lexicon.Term;

/** A phrase that qualifies a following number: أكثر من، ما لا يقل عن، نحو … */
public record QuantifierTerm(Bound bound) implements Term {
}
