package org.marsad.engine.events;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.marsad.engine.model.ConfidenceFactor;

/**
 * An event's confidence from the evidence behind it: a logistic model, the probability that a gold event stands
 * behind an extracted one, with one weight per {@link ConfidenceFactor} in log-odds. The weights are knowledge
 * ({@code calibration/event-confidence.tsv}), fitted on gold annotations by {@code marsad eval --fit-confidence}.
 *
 * @param intercept the log-odds of an event with none of the factors
 * @param weights   what each factor adds to the log-odds; a factor with no weight adds nothing
 */
public record ConfidenceModel(double intercept, Map<ConfidenceFactor, Double> weights) {
    public ConfidenceModel {
        weights = weights.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weights));
    }

    /** The probability that an event with these factors is right. */
    public double of(Collection<ConfidenceFactor> factors) {
        double logit = intercept;
        for (ConfidenceFactor f : factors) {
            logit += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-logit));
    }
}
