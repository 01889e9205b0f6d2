package org.marsad.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;

/** The recogniser contract, checked on the whole pipeline. */
class DocumentAnalyzerTest {

    @Test
    void emptyTextGivesNothing() {
        DocumentAnalysis a = TestKnowledge.analyze("", LocalDate.of(2023, 9, 20));
        assertThat(a.numbers()).isEmpty();
        assertThat(a.dates()).isEmpty();
        assertThat(a.actors()).isEmpty();
        assertThat(a.places()).isEmpty();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void sameOutputTwice() {
        String text = TestKnowledge.seed("000_69c15cc7d85e93ce.txt");
        assertThat(TestKnowledge.analyze(text)).isEqualTo(TestKnowledge.analyze(text));
    }

    @Test
    void sameOutputInParallel() {
        Document doc = TestKnowledge.document(TestKnowledge.seed("002_fbbec74911f56db4.txt"), null);
        DocumentAnalysis expected = TestKnowledge.analyzer().analyze(doc);
        List<DocumentAnalysis> parallel = IntStream.range(0, 8).parallel()
                .mapToObj(i -> TestKnowledge.analyzer().analyze(doc)).toList();
        assertThat(parallel).allSatisfy(a -> assertThat(a).isEqualTo(expected));
    }

    @Test
    void seedEventsQuoteTheirEvidenceExactly() {
        for (String seed : List.of("000_69c15cc7d85e93ce.txt", "002_fbbec74911f56db4.txt")) {
            String text = TestKnowledge.seed(seed);
            List<Event> events = TestKnowledge.analyze(text).events();
            assertThat(events).as(seed).isNotEmpty();
            for (Event e : events) {
                assertThat(e.evidence().text()).isEqualTo(e.evidence().span().in(text));
                assertThat(e.subType().type()).isEqualTo(e.type());
            }
        }
    }

    @Test
    void eventIdsAreNumberedInReadingOrder() {
        Document doc = new Document("doc-1", null, null, TestKnowledge.seed("000_69c15cc7d85e93ce.txt"), null);
        List<Event> events = TestKnowledge.analyzer().analyze(doc).events();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).eventId()).isEqualTo("doc-1#" + (i + 1));
        }
    }

    @Test
    void attackOnAVillageIsAnEventWithItsDateAndActor() {
        DocumentAnalysis a = TestKnowledge.analyze("هاجم داعش قرية في مالي أمس", LocalDate.of(2023, 9, 20));
        assertThat(a.events()).hasSize(1);
        Event e = a.events().get(0);
        assertThat(e.actor1().name()).isEqualTo("Islamic State (Sahel)");
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(e.location().country()).isEqualTo("ML");
    }
}
