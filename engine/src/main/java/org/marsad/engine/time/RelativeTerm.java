package org.marsad.engine.time;

import org.marsad.engine.lexicon.Term;

/**
 * A phrase dated relative to the publication date (أمس، الأسبوع الماضي …): the inclusive offsets
 * [from, to] in {@code unit}, the precision of the result, and the part of a week meant (early, late or empty).
 */
public record RelativeTerm(TimeUnit unit, int from, int to, Precision precision, String part) implements Term {
    /** The weekend ("نهاية الأسبوع") or the start of a week ("مطلع الأسبوع"), from the data file's {@code part=} note. */
    public boolean isLate() {
        return "late".equals(part);
    }

    public boolean isEarly() {
        return "early".equals(part);
    }

    /** The middle of a week ("منتصف الأسبوع الماضي"): Tuesday to Thursday. */
    public boolean isMid() {
        return "mid".equals(part);
    }
}
