package org.marsad.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;

/**
 * What the seed articles must yield (the foundation issue's acceptance list and the seeds'
 * expected analysis): these are the conclusions an analyst draws from them by hand.
 */
class SeedExpectationsTest {
    private static final String JNIM = "JNIM: Group for Support of Islam and Muslims";
    private static final String IS_SAHEL = "Islamic State (Sahel)";

    private static DocumentAnalysis seed(String name) throws IOException {
        try (InputStream in = SeedExpectationsTest.class.getResourceAsStream("/seeds/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TestKnowledge.analyzer().analyze(new Document(name, null, null, text, null));
        }
    }

    private static DocumentAnalysis seed000() throws IOException {
        return seed("000_69c15cc7d85e93ce.txt");
    }

    private static DocumentAnalysis seed002() throws IOException {
        return seed("002_fbbec74911f56db4.txt");
    }

    @Test
    void infersThePublicationMonthOfBothSeeds() throws IOException {
        assertThat(seed000().publication().date().iso()).isEqualTo("2023-09");
        assertThat(seed002().publication().date().iso()).isEqualTo("2024-05");
    }

    @Test
    void findsJnimAttackAtBerOnTwelfthOfAugust2023() throws IOException {
        assertThat(seed000().events()).anySatisfy(e -> {
            assertThat(e.date()).isNotNull();
            assertThat(e.date().iso()).isEqualTo("2023-08-12");
            assertThat(e.type().label()).isEqualTo("Battles");
            assertThat(e.actor1().name()).isEqualTo(JNIM);
            assertThat(e.location().name()).isEqualTo("Ber");
        });
    }

    @Test
    void findsTheCeasefireInTheMenakaAreaOnEighthOfSeptember2023() throws IOException {
        assertThat(seed000().events()).anySatisfy(e -> {
            assertThat(e.date()).isNotNull();
            assertThat(e.date().iso()).isEqualTo("2023-09-08");
            assertThat(e.subType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(List.of(e.actor1().name(), e.actor2().name())).containsExactlyInAnyOrder(JNIM, IS_SAHEL);
            assertThat(e.location().admin1()).isEqualTo("Menaka");
        });
    }

    @Test
    void findsJnimClaimedTakeoverOfABaseInMoptiOnFourthOfMay2024() throws IOException {
        assertThat(seed002().events()).anySatisfy(e -> {
            assertThat(e.date()).isNotNull();
            assertThat(e.date().iso()).isEqualTo("2024-05-04");
            assertThat(e.subType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(e.status()).isEqualTo(Status.CLAIMED);
            assertThat(e.claimedBy().name()).isEqualTo(JNIM);
            assertThat(e.location().admin1()).isEqualTo("Mopti");
        });
    }

    @Test
    void readsThirtyDeadAtKwalaFromNumberWords() throws IOException {
        assertThat(seed002().events()).anySatisfy(e -> {
            assertThat(e.location()).isNotNull();
            assertThat(e.location().name()).isEqualTo("Kwala");
            assertThat(e.fatalities()).isEqualTo(30);
        });
    }

    @Test
    void takesNoEventFromTheSiteHeaderOfSeed002() throws IOException {
        DocumentAnalysis a = seed002();
        int bodyStart = a.document().text().indexOf("التوصل إلى اتفاق لوقف القتال");
        assertThat(a.events()).allSatisfy(e -> assertThat(e.evidence().span().start()).isGreaterThanOrEqualTo(bodyStart));
    }

    @Test
    void theBoatNamedTimbuktuIsNotAnEventInTimbuktuCity() throws IOException {
        for (Event e : seed000().events()) {
            if (e.evidence().text().contains("سفينة")) {
                assertThat(e.location().name()).isNotEqualTo("Timbuktu");
            }
        }
    }
}
