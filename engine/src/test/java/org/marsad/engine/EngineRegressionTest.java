package org.marsad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.engine.knowledge.BundledKnowledgeTest;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.text.CharFolding;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.TimeSpan;

/** Regression tests for engine bugs found by the unit and property tests; one test per bug. */
class EngineRegressionTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20);

    @Test
    void foldsAccentedLatinCapitalsToTheirBaseLetter() {
        assertThat(FOLDING.fold("Ë Ï Ö Ù Ü")).isEqualTo("e i o u u");
        for (char c : "ËÏÖÙÜ".toCharArray()) {
            String once = FOLDING.fold(String.valueOf(c));
            assertThat(FOLDING.fold(once)).as("fold(fold(%s))", c).isEqualTo(once);
        }
    }

    @Test
    void everyTriggerExampleContainsItsOwnFormWithoutExceptions() throws IOException {
        assertThat(BundledKnowledgeTest.triggerExamplesWithoutTheirForm(Set.of())).isEmpty();
    }

    @Test
    void dayBeforeYesterdayIsTwoDaysBeforePublication() {
        List<DateMention> d = TestKnowledge.analyze("هاجموا القرية أول أمس", PUBLISHED).dates();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).resolved()).isEqualTo(TimeSpan.day(LocalDate.of(2023, 9, 18)));
        assertThat(d.get(0).span().in("هاجموا القرية أول أمس")).isEqualTo("أول أمس");
    }

    @Test
    void elevenIsNotASunday() {
        DocumentAnalysis a = TestKnowledge.analyze("قتل أحد عشر جنديا", PUBLISHED);
        assertThat(a.numbers()).extracting(NumberMention::value).containsExactly(11L);
        assertThat(a.dates()).isEmpty();
    }

    @Test
    void numberWordAfterConjunctionStartsANewNumber() {
        assertThat(TestKnowledge.analyze("قتل ثلاثة مدنيين وعشرة جنود").numbers())
                .extracting(NumberMention::value).containsExactly(3L, 10L);
        assertThat(TestKnowledge.analyze("قتل خمسة مدنيين وأربعين جنديا").numbers())
                .extracting(NumberMention::value).containsExactly(5L, 40L);
    }

    @Test
    void decimalNumberIsNotTwoQuantities() {
        List<NumberMention> n = TestKnowledge.analyze("وصلت نسبة النزوح 3.5 بالمئة").numbers();
        assertThat(n).extracting(NumberMention::value).doesNotContain(5L);
        assertThat(n).hasSizeLessThanOrEqualTo(1);
    }
}
