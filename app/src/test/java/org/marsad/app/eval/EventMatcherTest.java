package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Evidence;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.TimeSpan;

class EventMatcherTest {
    private static final String S1 = "هاجم مسلحون قرية قرب موبتي وقتلوا خمسة مدنيين.";
    private static final String S2 = "وفي اليوم التالي اعتقلت قوات الأمن ثلاثة مشتبه بهم.";
    private static final String S3 = "وأعلنت الجماعة سيطرتها على قاعدة عسكرية في المنطقة.";
    private static final String TEXT = S1 + " " + S2 + " " + S3;

    private final EventMatcher matcher = new EventMatcher();

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static Event predicted(String id, int start, int end, String date, SubEventType sub) {
        return new Event("d", id, date == null ? null : TimeSpan.parseIso(date), sub.type(), sub, null, null, List.of(),
                null, null, Status.REPORTED, null, null, Evidence.of(TEXT, new Span(start, end)), 0.5, false);
    }

    private static Event predicted(String id, String passage, String date, SubEventType sub) {
        return predicted(id, at(passage), at(passage) + passage.length(), date, sub);
    }

    private static GoldEvent gold(String evidence, String date, SubEventType sub) {
        return new GoldEvent(date, null, "day", sub.type().label(), sub.label(), null, null, List.of(), null, null, "ML",
                null, null, null, null, "reported", null, evidence);
    }

    private static List<String> pairs(List<EventMatcher.Pair> pairs) {
        return pairs.stream().map(p -> p.predicted().eventId() + "=" + p.gold().evidence()).toList();
    }

    @Test
    void overlappingEvidencePairs() {
        Event p = predicted("p1", at(S1), at(S1) + 20, "2024-01-01", SubEventType.ATTACK);
        GoldEvent g = gold(S1, "2024-05-05", SubEventType.ARMED_CLASH);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).singleElement()
                .satisfies(pair -> {
                    assertThat(pair.predicted()).isSameAs(p);
                    assertThat(pair.gold()).isSameAs(g);
                });
    }

    @Test
    void disjointEvidenceWithDifferentDateAndTypeDoesNotPair() {
        Event p = predicted("p1", S2, "2024-01-02", SubEventType.ARRESTS);
        GoldEvent g = gold(S1, "2024-01-01", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).isEmpty();
    }

    @Test
    void touchingButNotOverlappingEvidenceDoesNotPair() {
        Event p = predicted("p1", at(S2) - 1, at(S2), "2024-01-02", SubEventType.ARRESTS);
        GoldEvent g = gold(S2, "2024-01-01", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).isEmpty();
    }

    @Test
    void twoPredictionsOnOneGoldEventPairOnlyOnceAndTheLargerOverlapWins() {
        Event small = predicted("small", at(S1), at(S1) + 10, null, SubEventType.ATTACK);
        Event large = predicted("large", at(S1), at(S1) + 30, null, SubEventType.ATTACK);
        GoldEvent g = gold(S1, "2024-01-01", SubEventType.ATTACK);
        assertThat(pairs(matcher.match(TEXT, List.of(small, large), List.of(g)))).containsExactly("large=" + S1);
    }

    @Test
    void onePredictionOnTwoGoldEventsPairsWithTheLargerOverlap() {
        // the prediction covers the end of S1 (5 chars) and the whole of S2
        Event p = predicted("p", at(S1) + S1.length() - 5, at(S2) + S2.length(), null, SubEventType.ATTACK);
        GoldEvent g1 = gold(S1, null, SubEventType.ATTACK);
        GoldEvent g2 = gold(S2, null, SubEventType.ARRESTS);
        assertThat(pairs(matcher.match(TEXT, List.of(p), List.of(g1, g2)))).containsExactly("p=" + S2);
    }

    @Test
    void pairsAreOneToOneLargestOverlapFirst() {
        // p1 overlaps g1 by all of S1 and g2 by 5 chars; p2 overlaps g2 by 10 chars
        Event p1 = predicted("p1", at(S1), at(S2) + 5, null, SubEventType.ATTACK);
        Event p2 = predicted("p2", at(S2) + 10, at(S2) + 20, null, SubEventType.ARRESTS);
        GoldEvent g1 = gold(S1, null, SubEventType.ATTACK);
        GoldEvent g2 = gold(S2, null, SubEventType.ARRESTS);
        assertThat(pairs(matcher.match(TEXT, List.of(p1, p2), List.of(g1, g2))))
                .containsExactlyInAnyOrder("p1=" + S1, "p2=" + S2);
    }

    @Test
    void sameDateAndTypeWithoutOverlapPairs() {
        Event p = predicted("p", S2, "2024-05-04", SubEventType.ARMED_CLASH);
        GoldEvent g = gold(S3, "2024-05-04", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(pairs(matcher.match(TEXT, List.of(p), List.of(g)))).containsExactly("p=" + S3);
    }

    @Test
    void sameMonthAndTypeWithoutOverlapPairs() {
        Event p = predicted("p", S2, "2023-07", SubEventType.ARMED_CLASH);
        GoldEvent g = gold(S3, "2023-07", SubEventType.ARMED_CLASH);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).hasSize(1);
    }

    @Test
    void sameDateButDifferentTypeDoesNotPair() {
        Event p = predicted("p", S2, "2024-05-04", SubEventType.ARRESTS);
        GoldEvent g = gold(S3, "2024-05-04", SubEventType.ARMED_CLASH);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).isEmpty();
    }

    @Test
    void sameTypeButDifferentDateDoesNotPair() {
        Event p = predicted("p", S2, "2024-05-05", SubEventType.ARMED_CLASH);
        GoldEvent g = gold(S3, "2024-05-04", SubEventType.ARMED_CLASH);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).isEmpty();
    }

    @Test
    void sameDayButCoarserPrecisionDoesNotPairByDate() {
        Event p = predicted("p", S2, "2024-05", SubEventType.ARMED_CLASH);
        GoldEvent g = gold(S3, "2024-05-04", SubEventType.ARMED_CLASH);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).isEmpty();
    }

    @Test
    void overlapIsPreferredOverDateAndType() {
        // every pair agrees on date and type; only p1/g1 also overlap
        Event p1 = predicted("p1", S1, "2024-05-04", SubEventType.ATTACK);
        Event p2 = predicted("p2", S2, "2024-05-04", SubEventType.ATTACK);
        GoldEvent g3 = gold(S3, "2024-05-04", SubEventType.ATTACK);
        GoldEvent g1 = gold(S1, "2024-05-04", SubEventType.ATTACK);
        assertThat(pairs(matcher.match(TEXT, List.of(p2, p1), List.of(g3, g1))))
                .containsExactlyInAnyOrder("p1=" + S1, "p2=" + S3);
    }

    @Test
    void goldEvidenceNotInTheTextFallsBackToDateAndType() {
        Event p = predicted("p", S1, "2024-05-04", SubEventType.ATTACK);
        GoldEvent g = gold("نص غير موجود في الخبر", "2024-05-04", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(p), List.of(g))).hasSize(1);
        GoldEvent other = gold("نص غير موجود في الخبر", "2024-05-05", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(p), List.of(other))).isEmpty();
    }

    @Test
    void eachEventIsUsedOnceInDateAndTypeFallback() {
        Event p1 = predicted("p1", S2, "2024-05-04", SubEventType.ATTACK);
        Event p2 = predicted("p2", S3, "2024-05-04", SubEventType.ATTACK);
        GoldEvent g = gold("نص غير موجود", "2024-05-04", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(p1, p2), List.of(g))).hasSize(1);
    }

    @Test
    void noEventsNoPairs() {
        assertThat(matcher.match(TEXT, List.of(), List.of(gold(S1, null, SubEventType.ATTACK)))).isEmpty();
        assertThat(matcher.match(TEXT, List.of(predicted("p", S1, null, SubEventType.ATTACK)), List.of())).isEmpty();
    }

    @Test
    void anotherPassageOfTheSameIncidentAlsoPairs() {
        Event main = predicted("p1", S1, "2024-05-05", SubEventType.ARMED_CLASH);
        Event withMore = new Event(main.docId(), main.eventId(), main.date(), main.type(), main.subType(), null, null,
                List.of(), null, null, Status.REPORTED, null, null, main.evidence(), 0.5, false,
                List.of(Evidence.of(TEXT, new Span(at(S3), at(S3) + S3.length()))));
        GoldEvent g = gold(S3, "2023-01-01", SubEventType.ATTACK);
        assertThat(matcher.match(TEXT, List.of(main), List.of(g))).isEmpty();
        assertThat(matcher.match(TEXT, List.of(withMore), List.of(g))).hasSize(1);
    }
}
