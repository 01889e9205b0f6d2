package org.marsad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.text.AnalyzedText;

/** The openers that make a clause a new item of a news round-up rather than more on the incident before. */
class ClauseReadingTest {

    private static boolean opensNewItem(String sentence) {
        AnalyzedText text = TestKnowledge.read(sentence);
        return new ClauseReading(TestKnowledge.knowledge().events().words())
                .opensNewItem(text, new Clause(0, 0, text.size()), k -> false);
    }

    @Test
    void aSeparateIncidentOpensANewItem() {
        assertThat(opensNewItem("وفي حادث منفصل من ذات اليوم، أوقف الجيش هجوما في سيفاري.")).isTrue();
        assertThat(opensNewItem("وفي حادثة منفصلة، قتل ثلاثة جنود قرب موبتي.")).isTrue();
        assertThat(opensNewItem("وفي هجوم منفصل، قتل ثلاثة جنود قرب موبتي.")).isTrue();
    }

    @Test
    void theUsualConnectivesOpenANewItem() {
        assertThat(opensNewItem("وفي سياق متصل، قتل ثلاثة جنود قرب موبتي.")).isTrue();
        assertThat(opensNewItem("إلى ذلك، قتل ثلاثة جنود قرب موبتي.")).isTrue();
        assertThat(opensNewItem("ومن جهة أخرى، قتل ثلاثة جنود قرب موبتي.")).isTrue();
    }

    @Test
    void aPlainSentenceContinuesTheIncident() {
        assertThat(opensNewItem("وفي الحادث نفسه قتل ثلاثة جنود قرب موبتي.")).isFalse();
        assertThat(opensNewItem("وقتل في الهجوم ثلاثة جنود قرب موبتي.")).isFalse();
    }
}
