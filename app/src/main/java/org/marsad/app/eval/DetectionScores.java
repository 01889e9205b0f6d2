package org.marsad.app.eval;

/** Counts of a detection task and the scores derived from them; both evaluations report through it. */
public interface DetectionScores {
    int gold();

    int predicted();

    int matched();

    default double precision() {
        return predicted() == 0 ? 0 : (double) matched() / predicted();
    }

    default double recall() {
        return gold() == 0 ? 0 : (double) matched() / gold();
    }

    default double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
