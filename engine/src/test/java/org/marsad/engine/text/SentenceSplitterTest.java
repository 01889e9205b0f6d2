package org.marsad.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return TestKnowledge.read(text).sentences().stream().map(s -> s.span().in(text)).toList();
    }

    @Test
    void endsSentencesAtFullStop() {
        assertThat(sentences("هاجم مسلحون القرية. قتل جنديان."))
                .containsExactly("هاجم مسلحون القرية.", "قتل جنديان.");
    }

    @Test
    void endsSentencesAtExclamationAndQuestionMarks() {
        assertThat(sentences("الأولى! الثانية? الثالثة؟ الرابعة"))
                .containsExactly("الأولى!", "الثانية?", "الثالثة؟", "الرابعة");
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheSentence() {
        assertThat(sentences("قال: «انسحبنا.» ثم عاد (مساء.) أمس"))
                .containsExactly("قال: «انسحبنا.»", "ثم عاد (مساء.)", "أمس");
    }

    @Test
    void decimalPointIsNotASentenceBoundary() {
        assertThat(sentences("بلغت النسبة 3.5 بالمئة. ثم تراجعت"))
                .containsExactly("بلغت النسبة 3.5 بالمئة.", "ثم تراجعت");
    }

    @Test
    void fullStopAfterANumberAtSentenceEndIsABoundary() {
        assertThat(sentences("قتل 12. وأصيب 5")).containsExactly("قتل 12.", "وأصيب 5");
    }

    @Test
    void newlineStartsANewSentence() {
        assertThat(sentences("هاجم مسلحون القرية\nقتل جنديان"))
                .containsExactly("هاجم مسلحون القرية", "قتل جنديان");
    }

    @Test
    void newlineStartsANewParagraph() {
        String text = "سطر أول. جملة ثانية\nسطر ثان\n\nفقرة";
        List<Sentence> s = TestKnowledge.read(text).sentences();
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 2);
    }

    @Test
    void sentencesCoverEveryTokenInOrder() {
        AnalyzedText text = TestKnowledge.read("الأولى. الثانية!\nالثالثة؟ الرابعة");
        int expected = 0;
        for (Sentence s : text.sentences()) {
            assertThat(s.firstToken()).isEqualTo(expected);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                assertThat(text.token(t).sentence()).isEqualTo(s.index());
            }
            expected = s.endToken();
        }
        assertThat(expected).isEqualTo(text.size());
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(TestKnowledge.read("").sentences()).isEmpty();
    }
}
