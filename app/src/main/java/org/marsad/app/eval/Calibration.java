package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.events.ConfidenceModel;
import org.marsad.engine.model.ConfidenceFactor;

/**
 * How well events' confidence matches how often they are right: each extracted event is a sample (its confidence,
 * the factors behind it, and whether a gold event stands behind it). Scores: the Brier score (mean squared error
 * of the confidence, 0 is perfect) beside the one of a constant guess at the observed rate, and the expected
 * calibration error over bins of a tenth. {@link #fit} refits the logistic weights of {@link ConfidenceModel}.
 */
public final class Calibration {
    /** One extracted event: what Marsad said and whether it was right. */
    public record Sample(String docId, List<ConfidenceFactor> basis, double confidence, boolean right) {
    }

    /** Events whose confidence falls in [from, to): how many, their mean confidence, and the share that was right. */
    public record Bin(double from, double to, int count, double meanConfidence, double rightShare) {
    }

    /**
     * @param brier         mean squared error of the confidences
     * @param baselineBrier the Brier score of always saying the observed share of right events
     * @param ece           expected calibration error: the bins' gaps between mean confidence and share right,
     *                      weighted by their counts
     */
    public record Scores(int events, double brier, double baselineBrier, double ece, List<Bin> bins) {
    }

    /** A tenth of the unit interval per bin; confidences below a half are rare and share one bin. */
    private static final double[] BIN_EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001};

    private Calibration() {
    }

    public static Scores score(List<Sample> samples) {
        int n = samples.size();
        double brier = 0;
        double right = 0;
        for (Sample s : samples) {
            double y = s.right() ? 1 : 0;
            brier += (s.confidence() - y) * (s.confidence() - y);
            right += y;
        }
        double rate = n == 0 ? 0 : right / n;
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b + 1 < BIN_EDGES.length; b++) {
            int count = 0;
            double conf = 0;
            double ok = 0;
            for (Sample s : samples) {
                if (s.confidence() >= BIN_EDGES[b] && s.confidence() < BIN_EDGES[b + 1]) {
                    count++;
                    conf += s.confidence();
                    ok += s.right() ? 1 : 0;
                }
            }
            if (count > 0) {
                bins.add(new Bin(BIN_EDGES[b], Math.min(1, BIN_EDGES[b + 1]), count, conf / count, ok / count));
                ece += Math.abs(conf / count - ok / count) * count / n;
            }
        }
        return new Scores(n, n == 0 ? 0 : brier / n, rate * (1 - rate), ece, bins);
    }

    /**
     * How strongly the fit pulls factor weights towards zero, by default: a Gaussian prior of variance 1/3 on
     * log-odds. On the dev corpus and the seeds (82 events) a ridge of 3 scored documents left out of the fit about
     * as well as 10 or 30 (Brier 0.083, 0.082, 0.081) and keeps more of the evidence's structure.
     */
    public static final double DEFAULT_RIDGE = 3.0;
    private static final double INTERCEPT_RIDGE = 0.01;
    private static final int NEWTON_STEPS = 50;

    /**
     * The logistic model that best predicts which events are right from their factors: maximum likelihood with a
     * ridge penalty on the factor weights (not the intercept), by Newton's method. Factors that never occur keep
     * a weight of zero.
     *
     * @param ridgeWeight how strongly factor weights are pulled towards zero
     */
    public static ConfidenceModel fit(List<Sample> samples, double ridgeWeight) {
        ConfidenceFactor[] factors = ConfidenceFactor.values();
        int k = factors.length + 1; // the intercept first
        double[] w = new double[k];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (Sample s : samples) {
                double[] x = features(s.basis(), factors);
                double p = 1 / (1 + Math.exp(-dot(w, x)));
                double y = s.right() ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y - p) * x[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                // the intercept is barely held: it only must stay finite when every sample is right
                double ridge = i == 0 ? INTERCEPT_RIDGE : ridgeWeight;
                gradient[i] -= ridge * w[i];
                hessian[i][i] += ridge;
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < k; i++) {
                w[i] += delta[i];
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        Map<ConfidenceFactor, Double> weights = new EnumMap<>(ConfidenceFactor.class);
        for (int i = 0; i < factors.length; i++) {
            weights.put(factors[i], w[i + 1]);
        }
        return new ConfidenceModel(w[0], weights);
    }

    /**
     * Samples re-scored by models each fitted without the sample's own document: what the fit would say of
     * documents it has not seen, an honest check on a small corpus.
     */
    public static List<Sample> leaveOneDocumentOut(List<Sample> samples, double ridge) {
        Map<String, List<Sample>> byDoc = new LinkedHashMap<>();
        for (Sample s : samples) {
            byDoc.computeIfAbsent(s.docId(), d -> new ArrayList<>()).add(s);
        }
        List<Sample> out = new ArrayList<>(samples.size());
        for (Map.Entry<String, List<Sample>> doc : byDoc.entrySet()) {
            List<Sample> others = new ArrayList<>(samples.size());
            for (Sample s : samples) {
                if (!s.docId().equals(doc.getKey())) {
                    others.add(s);
                }
            }
            ConfidenceModel m = fit(others, ridge);
            for (Sample s : doc.getValue()) {
                out.add(new Sample(s.docId(), s.basis(), m.of(s.basis()), s.right()));
            }
        }
        return out;
    }

    /** Samples re-scored by {@code model}. */
    public static List<Sample> rescored(List<Sample> samples, ConfidenceModel model) {
        List<Sample> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            out.add(new Sample(s.docId(), s.basis(), model.of(s.basis()), s.right()));
        }
        return out;
    }

    /** The model as a knowledge file (calibration/event-confidence.tsv), with where its weights came from. */
    public static String tsv(ConfidenceModel model, List<String> provenance) {
        StringBuilder out = new StringBuilder();
        out.append("# How sure Marsad is of an extracted event, from the evidence the text offers for it.\n#\n");
        out.append("# Confidence = 1 / (1 + exp(-(intercept + the weights of the factors the event has))): the probability\n");
        out.append("# that a gold event stands behind the extracted one. Weights are log-odds; factors are listed in\n");
        out.append("# the bundled file's header. Written by marsad eval --fit-confidence:\n");
        for (String line : provenance) {
            out.append("#   ").append(line).append('\n');
        }
        out.append("factor\tweight\n");
        out.append(String.format(java.util.Locale.ROOT, "intercept\t%.3f%n", model.intercept()));
        for (ConfidenceFactor f : ConfidenceFactor.values()) {
            out.append(String.format(java.util.Locale.ROOT, "%s\t%.3f%n", f.label(), model.weights().getOrDefault(f, 0.0)));
        }
        return out.toString();
    }

    private static double[] features(List<ConfidenceFactor> basis, ConfidenceFactor[] factors) {
        double[] x = new double[factors.length + 1];
        x[0] = 1;
        for (ConfidenceFactor f : basis) {
            x[f.ordinal() + 1] = 1;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; the ridge keeps the matrix positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = m[col];
            m[col] = m[pivot];
            m[pivot] = row;
            double t = v[col];
            v[col] = v[pivot];
            v[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) {
                    m[r][c] -= f * m[col][c];
                }
                v[r] -= f * v[col];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = v[i];
            for (int c = i + 1; c < n; c++) {
                s -= m[i][c] * x[c];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
