package org.marsad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.marsad.engine.knowledge.BundledKnowledgeTest;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.text.CharFolding;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.TimeSpan;

/**
 * Behaviour a careful analyst expects that the engine (or its bundled knowledge) does not deliver yet.
 * Each test states the correct behaviour and is disabled with what is wrong; enable it when fixed.
 */
class KnownGapsTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20);

    @Test
    @Disabled("engine gap: Ë Ï Ö Ù Ü fold to ë ï ö ù ü (Latin lower-casing is applied only to chars the "
            + "char-folding.tsv overrides do not set, and these five capitals are missing from the accent list), "
            + "so folding is not idempotent: fold(\"Ë\") = \"ë\" but fold(\"ë\") = \"e\". Then remove them from "
            + "RandomText.PENDING_GAP_CHARS")
    void foldsAccentedLatinCapitalsToTheirBaseLetter() {
        assertThat(FOLDING.fold("Ë Ï Ö Ù Ü")).isEqualTo("e i o u u");
        for (char c : RandomText.PENDING_GAP_CHARS.toCharArray()) {
            String once = FOLDING.fold(String.valueOf(c));
            assertThat(FOLDING.fold(once)).as("fold(fold(%s))", c).isEqualTo(once);
        }
    }

    @Test
    @Disabled("engine gap: char-folding.tsv says مسؤول/مسئول/مسول spell one word, but they fold to three keys "
            + "(مسوول, مسيول, مسول), so a lexicon entry in one spelling misses the others")
    void hamzaSpellingsOfOneWordFoldToOneKey() {
        assertThat(FOLDING.fold("مسؤول")).isEqualTo(FOLDING.fold("مسئول")).isEqualTo(FOLDING.fold("مسول"));
    }

    @Test
    @Disabled("engine gap (knowledge data): triggers.tsv line 92, form «حزام ناسف» has the example "
            + "«فجر حزاما ناسفا», which does not contain the form; the file promises that every example does")
    void everyTriggerExampleContainsItsOwnFormWithoutExceptions() throws IOException {
        assertThat(BundledKnowledgeTest.triggerExamplesWithoutTheirForm(Set.of())).isEmpty();
    }

    @Test
    @Disabled("engine gap: «أول أمس» (the day before yesterday) resolves to publication - 1 day (REL:DAY-1, "
            + "2023-09-19) instead of - 2 days (2023-09-18), although relative-expressions.tsv lists it at -2")
    void dayBeforeYesterdayIsTwoDaysBeforePublication() {
        List<DateMention> d = TestKnowledge.analyze("هاجموا القرية أول أمس", PUBLISHED).dates();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).resolved()).isEqualTo(TimeSpan.day(LocalDate.of(2023, 9, 18)));
        assertThat(d.get(0).span().in("هاجموا القرية أول أمس")).isEqualTo("أول أمس");
    }

    @Test
    @Disabled("engine gap: in «قتل أحد عشر جنديا» (eleven soldiers killed) the DateRecognizer reads «أحد» as the "
            + "weekday Sunday (XXXX-WXX-7 → 2023-09-17) and the event is dated that Sunday; a number word followed "
            + "by عشر is never a weekday")
    void elevenIsNotASunday() {
        DocumentAnalysis a = TestKnowledge.analyze("قتل أحد عشر جنديا", PUBLISHED);
        assertThat(a.numbers()).extracting(NumberMention::value).containsExactly(11L);
        assertThat(a.dates()).isEmpty();
    }

    @Test
    @Disabled("engine gap: a number word carrying the conjunction و after a noun is dropped: «قتل ثلاثة مدنيين "
            + "وعشرة جنود» gives only 3 (expected 3 and 10); the same for «خمسة مدنيين وأربعين جنديا» (only 5). "
            + "Digits work («3 مدنيين و10 جنود» gives 3 and 10)")
    void numberWordAfterConjunctionStartsANewNumber() {
        assertThat(TestKnowledge.analyze("قتل ثلاثة مدنيين وعشرة جنود").numbers())
                .extracting(NumberMention::value).containsExactly(3L, 10L);
        assertThat(TestKnowledge.analyze("قتل خمسة مدنيين وأربعين جنديا").numbers())
                .extracting(NumberMention::value).containsExactly(5L, 40L);
    }

    @Test
    @Disabled("engine gap: a decimal «3.5» (or «٣٫٥») is read as two quantities, 3 and 5; the 5 is not in the text")
    void decimalNumberIsNotTwoQuantities() {
        List<NumberMention> n = TestKnowledge.analyze("وصلت نسبة النزوح 3.5 بالمئة").numbers();
        assertThat(n).extracting(NumberMention::value).doesNotContain(5L);
        assertThat(n).hasSizeLessThanOrEqualTo(1);
    }
}
