package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/**
 * A phrase dated relative to the publication date (أمس، الأسبوع الماضي …): the inclusive offsets
 * [from, to] in {@code unit} and the precision of the result.
 */
public record RelativeTerm(TimeUnit unit, int from, int to, Precision precision) implements Term {
}
