package org.marsad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class PublicationDateInferenceTest {

    private static PublicationEstimate infer(String text) {
        return TestKnowledge.analyze(text).publication();
    }

    @Test
    void infersSeptember2023ForTheSahelAllianceSeed() {
        // mentions the Niger coup of 26 July 2023 as past and "سبتمبر/ أيلول الجاري"
        PublicationEstimate p = infer(TestKnowledge.seed("000_69c15cc7d85e93ce.txt"));
        assertThat(p.date()).isEqualTo(TimeSpan.month(YearMonth.of(2023, 9)));
        assertThat(p.basis()).isEqualTo("inferred");
        assertThat(p.reasons()).isNotEmpty();
    }

    @Test
    void infersMay2024ForTheNewsSiteSeed() {
        // the page header lists "عيد الأضحى 2024" and the article says "الرابع من مايو الجاري"
        PublicationEstimate p = infer(TestKnowledge.seed("002_fbbec74911f56db4.txt"));
        assertThat(p.date()).isEqualTo(TimeSpan.month(YearMonth.of(2024, 5)));
        assertThat(p.basis()).isEqualTo("inferred");
    }

    @Test
    void takesADatedHeaderLineAsThePublicationDay() {
        PublicationEstimate p = infer("الخميس 2 مارس 2017\nهاجم مسلحون قرية في مالي");
        assertThat(p.date()).isEqualTo(TimeSpan.day(java.time.LocalDate.of(2017, 3, 2)));
    }

    @Test
    void aGivenDateIsUsedAsIs() {
        java.time.LocalDate d = java.time.LocalDate.of(2023, 9, 20);
        PublicationEstimate p = TestKnowledge.analyze("هاجم مسلحون قرية", d).publication();
        assertThat(p.date()).isEqualTo(TimeSpan.day(d));
        assertThat(p.basis()).isEqualTo("given");
    }

    @Test
    void textWithNoDateCluesHasNoPublicationDate() {
        PublicationEstimate p = infer("هاجم مسلحون قرية");
        assertThat(p.date()).isNull();
        assertThat(p.basis()).isEqualTo("unknown");
    }
}
