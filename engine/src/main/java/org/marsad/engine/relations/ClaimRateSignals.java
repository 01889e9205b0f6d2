package org.marsad.engine.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.TimeSpan;

/**
 * Truce signals from claims that stop: when a pair's claimed hostile acts (one side's claims against the
 * other) form a run of at least {@value #MIN_RUN} and then stop for at least {@value #QUIET_DAYS} days while
 * coverage goes on (some observation, of any pair, is dated that much later), a speculative truce
 * observation is added, dated the {@value #QUIET_DAYS} days after the last claim and pointing at it.
 * Deliberately simple: a gap is measured against a fixed three weeks rather than each side's own rate, since
 * a pair rarely has enough claims in a corpus to estimate one. Pure and order-independent.
 */
public final class ClaimRateSignals {
    static final int MIN_RUN = 2;
    static final int QUIET_DAYS = 21;

    private ClaimRateSignals() {
    }

    /** The signals for one pair's observations, given the last date the whole input covers. */
    public static List<RelationObservation> derive(Collection<RelationObservation> pairObservations, LocalDate coverageEnd) {
        List<RelationObservation> claims = new ArrayList<>();
        for (RelationObservation o : pairObservations) {
            if (o.state() == RelationState.HOSTILE && o.status() == Status.CLAIMED && o.dated()
                    && o.source() != RelationObservation.Source.CLAIM_RATE) {
                claims.add(o);
            }
        }
        claims.sort(RelationObservation.ORDER);
        List<RelationObservation> out = new ArrayList<>();
        int run = 0;
        LocalDate previous = null;
        for (int i = 0; i < claims.size(); i++) {
            LocalDate d = claims.get(i).date().end();
            if (previous == null || !d.equals(previous)) {
                run++;
            }
            previous = d;
            LocalDate next = i + 1 < claims.size() ? claims.get(i + 1).date().end() : coverageEnd;
            if (next == null) {
                continue;
            }
            boolean quiet = next.toEpochDay() - d.toEpochDay() >= QUIET_DAYS;
            if (quiet && run >= MIN_RUN) {
                RelationObservation last = claims.get(i);
                TimeSpan when = new TimeSpan(d.plusDays(1), d.plusDays(QUIET_DAYS), Precision.WEEK);
                out.add(new RelationObservation(last.pair().unordered(), RelationState.TRUCE, when, true, false,
                        Status.SPECULATION, RelationExtractor.confidence(RelationObservation.Source.CLAIM_RATE, Status.SPECULATION),
                        RelationObservation.Source.CLAIM_RATE, last.evidence(), last.published(),
                        last.pair().unordered().key() + "|truce"));
                run = 0;
            } else if (quiet) {
                run = 0;
            }
        }
        return out;
    }
}
