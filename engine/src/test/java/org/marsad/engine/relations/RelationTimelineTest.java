package org.marsad.engine.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Status;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.TimeSpan;

class RelationTimelineTest {
    private static final ActorRef A = new ActorRef("a", "Group A");
    private static final ActorRef B = new ActorRef("b", "Group B");
    private static final ActorPair AB = ActorPair.of(A, B);

    private static RelationObservation obs(RelationState state, String date, boolean onset, Status status,
                                           RelationObservation.Source source, String doc, int offset) {
        TimeSpan d = TimeSpan.parseIso(date);
        return new RelationObservation(AB, state, d, true, onset, status, 0.8, source,
                new RelationEvidence(doc, new Span(offset, offset + 10), "evidence " + doc + offset), d,
                AB.key() + "|" + state.label());
    }

    private static List<RelationObservation> story() {
        return List.of(
                obs(RelationState.HOSTILE, "2023-07-15", false, Status.REPORTED, RelationObservation.Source.STATEMENT, "d1", 0),
                obs(RelationState.HOSTILE, "2023-08-03", false, Status.CLAIMED, RelationObservation.Source.EVENT, "d1", 20),
                obs(RelationState.HOSTILE, "2023-08-10", false, Status.CLAIMED, RelationObservation.Source.CLAIM_SERIES, "d1", 40),
                obs(RelationState.TRUCE, "2023-08-10", false, Status.SPECULATION, RelationObservation.Source.SILENCE, "d1", 60),
                obs(RelationState.TRUCE, "2023-09-08", true, Status.REPORTED, RelationObservation.Source.STATEMENT, "d1", 80),
                obs(RelationState.TRUCE, "2024-02", true, Status.REPORTED, RelationObservation.Source.STATEMENT, "d2", 0),
                obs(RelationState.ALLIANCE, "2023-08-31", false, Status.RUMOR, RelationObservation.Source.STATEMENT, "d1", 100),
                obs(RelationState.ALLIANCE, "2024-05", false, Status.DENIED, RelationObservation.Source.STATEMENT, "d2", 50));
    }

    @Test
    void anyArrivalOrderGivesTheSameTimeline() {
        List<RelationSegment> expected = RelationTimeline.segmentsOf(story());
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            List<RelationObservation> shuffled = new ArrayList<>(story());
            Collections.shuffle(shuffled, random);
            RelationTimeline t = RelationTimeline.EMPTY;
            for (RelationObservation o : shuffled) {
                t = t.record(o);
            }
            assertThat(t.coveredUntil(LocalDate.of(2024, 5, 31)).segments())
                    .isEqualTo(new ArrayList<>(RelationTimeline.byPair(story()).get(0).segments()));
            assertThat(RelationTimeline.segmentsOf(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void theChangeWindowRunsFromTheLastHostileToTheFirstTruceReport() {
        RelationSegment truce = RelationTimeline.segmentsOf(story()).stream()
                .filter(s -> s.state() == RelationState.TRUCE && s.from().iso().equals("2023-09-08")).findFirst().orElseThrow();
        assertThat(truce.windowStart().iso()).isEqualTo("2023-08-10");
        assertThat(truce.windowEnd().iso()).isEqualTo("2023-09-08");
        assertThat(truce.evidence()).anySatisfy(o -> assertThat(o.source()).isEqualTo(RelationObservation.Source.SILENCE));
    }

    @Test
    void hostilityEndsAtItsLastEvidence() {
        assertThat(RelationTimeline.segmentsOf(story())).anySatisfy(s -> {
            assertThat(s.state()).isEqualTo(RelationState.HOSTILE);
            assertThat(s.from().iso()).isEqualTo("2023-07-15");
            assertThat(s.to().iso()).isEqualTo("2023-08-10");
        });
    }

    @Test
    void onsetsMoreThanAMonthApartFromOtherSourcesContradict() {
        List<RelationSegment> truces = RelationTimeline.segmentsOf(story()).stream()
                .filter(s -> s.state() == RelationState.TRUCE).toList();
        assertThat(truces).hasSize(2);
        assertThat(truces.get(0).contradicts()).containsExactly(truces.get(1).id());
        assertThat(truces.get(1).contradicts()).containsExactly(truces.get(0).id());
    }

    @Test
    void aRumourLaterDeniedIsOneDeniedSegmentWithBothEvidences() {
        assertThat(RelationTimeline.segmentsOf(story())).anySatisfy(s -> {
            assertThat(s.state()).isEqualTo(RelationState.ALLIANCE);
            assertThat(s.status()).isEqualTo(Status.DENIED);
            assertThat(s.evidence()).extracting(RelationObservation::status).containsExactly(Status.RUMOR, Status.DENIED);
        });
    }

    @Test
    void claimsThatStopForThreeWeeksWhileCoverageGoesOnSignalATruce() {
        List<RelationObservation> claims = List.of(
                obs(RelationState.HOSTILE, "2023-08-03", false, Status.CLAIMED, RelationObservation.Source.EVENT, "d1", 0),
                obs(RelationState.HOSTILE, "2023-08-10", false, Status.CLAIMED, RelationObservation.Source.EVENT, "d1", 20));
        assertThat(ClaimRateSignals.derive(claims, LocalDate.of(2023, 9, 30))).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(RelationState.TRUCE);
            assertThat(o.date().start()).isEqualTo(LocalDate.of(2023, 8, 11));
        });
        assertThat(ClaimRateSignals.derive(claims, LocalDate.of(2023, 8, 20))).isEmpty();
        assertThat(ClaimRateSignals.derive(claims.subList(0, 1), LocalDate.of(2023, 9, 30))).isEmpty();
    }
}
