package org.marsad.engine.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Status;

/** Conclusions 2 to 5 of the seeds' expected analysis, drawn from the two seed articles read together. */
class SeedRelationsTest {
    private static List<RelationSegment> segments;

    @BeforeAll
    static void analyse() throws IOException {
        RelationExtractor extractor = new RelationExtractor(TestKnowledge.knowledge());
        List<RelationObservation> all = new ArrayList<>();
        for (String name : List.of("000_69c15cc7d85e93ce.txt", "002_fbbec74911f56db4.txt")) {
            try (InputStream in = SeedRelationsTest.class.getResourceAsStream("/seeds/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                all.addAll(extractor.extract(TestKnowledge.analyzer().analyze(new Document(name.substring(0, 3), null, null, text, null))));
            }
        }
        segments = RelationTimeline.segmentsOf(all);
    }

    private static List<RelationSegment> of(String a, String b, RelationState state) {
        return segments.stream().filter(s -> s.state() == state && s.pair().involves(a) && s.pair().involves(b)).toList();
    }

    @Test
    void jnimAndIsSahelWereHostileThenInTruceWithAChangeWindowFromTenthOfAugustToEighthOfSeptember() {
        assertThat(of("jnim", "is-sahel", RelationState.HOSTILE)).anySatisfy(s -> {
            assertThat(s.from().start()).isEqualTo(LocalDate.of(2023, 8, 3));
            assertThat(s.to().end()).isEqualTo(LocalDate.of(2023, 8, 10));
        });
        assertThat(of("jnim", "is-sahel", RelationState.HOSTILE)).anySatisfy(s ->
                assertThat(s.from().iso()).isEqualTo("2023-07-15"));
        assertThat(of("jnim", "is-sahel", RelationState.TRUCE)).anySatisfy(s -> {
            assertThat(s.windowStart().iso()).isEqualTo("2023-08-10");
            assertThat(s.windowEnd().iso()).isEqualTo("2023-09-08");
            assertThat(s.from().iso()).isEqualTo("2023-09-08");
            assertThat(s.evidence()).anySatisfy(o -> assertThat(o.evidence().text()).contains("وقف إطلاق النار"));
            // signals of the window: the weekly's silence from 10 August
            assertThat(s.evidence()).anySatisfy(o -> {
                assertThat(o.source()).isEqualTo(RelationObservation.Source.SILENCE);
                assertThat(o.date().start()).isEqualTo(LocalDate.of(2023, 8, 10));
            });
        });
    }

    @Test
    void bothTruceDatingsStandWithTheirSourcesLinkedAsContradicting() {
        List<RelationSegment> truces = of("jnim", "is-sahel", RelationState.TRUCE);
        RelationSegment september = truces.stream().filter(s -> s.from().iso().equals("2023-09-08")).findFirst().orElseThrow();
        RelationSegment february = truces.stream().filter(s -> s.from().iso().equals("2024-02")).findFirst().orElseThrow();
        assertThat(september.contradicts()).contains(february.id());
        assertThat(february.contradicts()).contains(september.id());
        assertThat(february.sources()).containsExactly("002");
        assertThat(september.sources()).contains("000");
        assertThat(february.evidence()).anySatisfy(o -> assertThat(o.evidence().text()).contains("فبراير الماضي"));
    }

    @Test
    void jnimAndTheCmaCooperateFromTwelfthOfAugust2023() {
        assertThat(of("jnim", "cma", RelationState.COOPERATION)).anySatisfy(s -> {
            assertThat(s.from().iso()).isEqualTo("2023-08-12");
            assertThat(s.evidence()).anySatisfy(o -> assertThat(o.evidence().text()).contains("أصبح التعاون"));
        });
    }

    @Test
    void seed002ConfirmsTheGrowingCooperationOfJnimAndTheCma() {
        // "تعاونها الصاعد مع تنسيقية الحركات الأزوادية": the pronoun is JNIM, named earlier in the sentence
        assertThat(of("jnim", "cma", RelationState.COOPERATION)).anySatisfy(s -> {
            assertThat(s.sources()).contains("000", "002");
            assertThat(s.evidence()).anySatisfy(o -> assertThat(o.evidence().text()).contains("تعاونها الصاعد"));
        });
    }

    @Test
    void jnimIsAlQaedasBranchAndKatibaMacinaIsUnderJnim() {
        assertThat(of("jnim", "al-qaeda", RelationState.AFFILIATION)).anySatisfy(s -> {
            assertThat(s.pair().a().id()).isEqualTo("jnim");
            assertThat(s.pair().b().id()).isEqualTo("al-qaeda");
            assertThat(s.sources()).containsExactly("000", "002");
        });
        assertThat(of("katiba-macina", "jnim", RelationState.AFFILIATION)).anySatisfy(s -> {
            assertThat(s.pair().a().id()).isEqualTo("katiba-macina");
            assertThat(s.evidence()).anySatisfy(o -> assertThat(o.evidence().text()).contains("كتائب تحرير ماسينا"));
        });
    }

    @Test
    void theWahdatAlMuslimeenRumourIsShownAsLaterDenied() {
        assertThat(segments).anySatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.DENIED);
            assertThat(s.pair().involves("jnim") && s.pair().involves("is-sahel")).isTrue();
            assertThat(s.evidence()).hasSize(2);
            assertThat(s.evidence().get(0).status()).isEqualTo(Status.RUMOR);
            assertThat(s.evidence().get(0).evidence().docId()).isEqualTo("000");
            assertThat(s.evidence().get(0).evidence().text()).contains("وحدة المسلمين");
            assertThat(s.evidence().get(1).status()).isEqualTo(Status.DENIED);
            assertThat(s.evidence().get(1).evidence().docId()).isEqualTo("002");
            assertThat(s.evidence().get(1).evidence().text()).contains("تخمينات");
        });
    }
}
