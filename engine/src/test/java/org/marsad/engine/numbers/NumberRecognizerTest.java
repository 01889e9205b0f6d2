package org.marsad.engine.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class NumberRecognizerTest {

    private static List<NumberMention> numbers(String text) {
        return TestKnowledge.analyze(text).numbers();
    }

    /** The only quantity in the text. */
    private static NumberMention only(String text) {
        List<NumberMention> n = numbers(text);
        assertThat(n).as("numbers in %s", text).hasSize(1);
        return n.get(0);
    }

    @Test
    void readsDigits() {
        NumberMention n = only("قتل 40 شخصا");
        assertThat(n.value()).isEqualTo(40);
        assertThat(n.bound()).isEqualTo(Bound.EXACT);
        assertThat(n.vague()).isFalse();
    }

    @Test
    void readsArabicIndicDigits() {
        String text = "قتل ٤٥ شخصا";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(45);
        assertThat(n.span().in(text)).isEqualTo("٤٥");
    }

    @Test
    void readsATensWord() {
        assertThat(only("قتل ثلاثين شخصا").value()).isEqualTo(30);
    }

    @Test
    void readsATeenAsUnitPlusTen() {
        String text = "قتل خمسة عشر جنديا";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(15);
        assertThat(n.span().in(text)).isEqualTo("خمسة عشر");
    }

    @Test
    void readsUnitAndTensJoinedByWaw() {
        String text = "قتل خمسة وخمسين شخصا";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(55);
        assertThat(n.span().in(text)).isEqualTo("خمسة وخمسين");
    }

    @Test
    void readsHundredUnitAndTens() {
        assertThat(only("قتل مئة واثنان وثلاثون شخصا").value()).isEqualTo(132);
    }

    @Test
    void readsHundredAndTens() {
        assertThat(only("قتل مئة وستين شخصا").value()).isEqualTo(160);
    }

    @Test
    void readsUnitTimesThousand() {
        String text = "نزح ثلاثة آلاف شخص";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(3000);
        assertThat(n.span().in(text)).isEqualTo("ثلاثة آلاف");
    }

    @Test
    void readsAHundredWordSpelledWithAlefAndHamza() {
        assertThat(only("قتل ثلاثمائة شخص").value()).isEqualTo(300);
    }

    @Test
    void readsVagueTensAsTenConservatively() {
        NumberMention n = only("قتل عشرات المدنيين");
        assertThat(n.value()).isEqualTo(10);
        assertThat(n.vague()).isTrue();
    }

    @Test
    void readsMoreThanAsALowerBoundCountingTheNumberItself() {
        String text = "قتل أكثر من 30 شخصا";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(30);
        assertThat(n.bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(n.span().in(text)).isEqualTo("أكثر من 30");
    }

    @Test
    void readsAQualifierBeforeADetachedArticle() {
        NumberMention n = only("قتل أكثر من الـ40 شخصا");
        assertThat(n.value()).isEqualTo(40);
        assertThat(n.bound()).isEqualTo(Bound.MORE_THAN);
    }

    @Test
    void readsAboutAndAtLeast() {
        List<NumberMention> n = numbers("قتل نحو 20 شخصا وما لا يقل عن 12 جنديا");
        assertThat(n).extracting(NumberMention::value).containsExactly(20L, 12L);
        assertThat(n).extracting(NumberMention::bound).containsExactly(Bound.ABOUT, Bound.AT_LEAST);
    }

    @Test
    void readsThousandsSeparator() {
        String text = "نزح 1,200 شخص";
        NumberMention n = only(text);
        assertThat(n.value()).isEqualTo(1200);
        assertThat(n.span().in(text)).isEqualTo("1,200");
    }

    @Test
    void readsArabicThousandsSeparator() {
        assertThat(only("نزح ١٬٢٠٠ شخص").value()).isEqualTo(1200);
    }

    @Test
    void doesNotJoinTwoUnitsWithoutWaw() {
        // "خمسة ستة" is two numbers, never eleven
        assertThat(numbers("خمسة ستة")).extracting(NumberMention::value).containsExactly(5L, 6L);
    }

    @Test
    void readsSeveralNumbersInOneText() {
        assertThat(numbers("قتل 3 أشخاص. وقتل عشرون آخرون"))
                .extracting(NumberMention::value).containsExactly(3L, 20L);
    }

    @Test
    void textWithoutNumbersHasNoNumbers() {
        assertThat(numbers("هاجم مسلحون القرية")).isEmpty();
        assertThat(numbers("")).isEmpty();
    }
}
