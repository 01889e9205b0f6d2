package org.marsad.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.events.ClauseWords;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import org.marsad.engine.time.TimeSpan;

/** ar/events/clause-words.tsv: the function words the event stage reads are the analyst's to extend. */
class ClauseWordsKnowledgeTest {
    private static final String PATH = "ar/events/clause-words.tsv";

    private static KnowledgeSource withClauseWords(String content, boolean append) {
        return append ? TestSources.withRowsAdded(PATH, content) : TestSources.withFile(PATH, content);
    }

    private static List<Event> events(Knowledge k, String text) {
        return new DocumentAnalyzer(k).analyze(new Document("t", null, null, text,
                TimeSpan.day(java.time.LocalDate.of(2023, 5, 20)))).events();
    }

    @Test
    void wordsAreFoldedLikeTheText() {
        ClauseWords w = Knowledge.bundled().events().words();
        assertThat(w.of(ClauseWords.Kind.TARGET)).contains("علي").doesNotContain("على");
        assertThat(w.of(ClauseWords.Kind.ONE_OF)).contains("احد", "احدي");
    }

    @Test
    void anAllyWordAnAnalystAddsMakesAnAssociatedActor() {
        String text = "هاجم الجيش المالي بإسناد من مجموعة فاغنر مواقع للمسلحين قرب بلدة أنفيس يوم السبت.";
        assertThat(events(Knowledge.bundled(), text)).singleElement()
                .satisfies(e -> assertThat(e.assocActors()).isEmpty());
        Knowledge k = Knowledge.load(withClauseWords("ally\tبإسناد\tsupport, as Sahel news also writes it\n", true));
        assertThat(events(k, text)).singleElement().satisfies(e -> {
            assertThat(e.actor1().name()).isEqualTo("Military Forces of Mali");
            assertThat(e.assocActors()).extracting(a -> a.name()).containsExactly("Wagner Group");
        });
    }

    @Test
    void anUnknownKindOrAPhraseIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> Knowledge.load(withClauseWords("# c\nsubject\tهو\n", false)))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("test/" + PATH + ":2").hasMessageContaining("subject");
        assertThatThrownBy(() -> Knowledge.load(withClauseWords("ally\tإلى جانب\n", false)))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("one word");
    }
}
