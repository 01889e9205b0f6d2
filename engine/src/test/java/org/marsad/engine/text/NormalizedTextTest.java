package org.marsad.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class NormalizedTextTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();

    private static List<Token> tokens(String s) {
        return new Tokenizer().tokenize(FOLDING.normalize(s));
    }

    @Test
    void mapsEveryFoldedCharBackToItsOriginalIndex() {
        String original = "قُتِل";
        NormalizedText n = FOLDING.normalize(original);
        assertThat(n.folded()).isEqualTo("قتل");
        assertThat(n.toOriginal()).containsExactly(0, 2, 4, 5);
    }

    @Test
    void lastEntryOfTheMapIsTheOriginalLength() {
        String original = "الجيـــش المالي";
        NormalizedText n = FOLDING.normalize(original);
        assertThat(n.toOriginal()).hasSize(n.folded().length() + 1);
        assertThat(n.toOriginal()[n.folded().length()]).isEqualTo(original.length());
    }

    @Test
    void spanOfAWordIncludesItsTrailingDiacritics() {
        String original = "قُتِلَ الجنودُ";
        List<Token> t = tokens(original);
        assertThat(t).extracting(Token::form).containsExactly("قتل", "الجنود");
        assertThat(t.get(0).span().in(original)).isEqualTo("قُتِلَ");
        assertThat(t.get(1).span().in(original)).isEqualTo("الجنودُ");
    }

    @Test
    void spanOfAWordIncludesInnerTatweel() {
        String original = "هاجم الجيـــش";
        Token army = tokens(original).get(1);
        assertThat(army.form()).isEqualTo("الجيش");
        assertThat(army.span().in(original)).isEqualTo("الجيـــش");
    }

    @Test
    void spanOfAWordIncludesTrailingTatweelAndTanwin() {
        String original = "قتل 45 شخصـاً أمس";
        Token person = tokens(original).get(2);
        assertThat(person.form()).isEqualTo("شخصا");
        assertThat(person.span().in(original)).isEqualTo("شخصـاً");
    }

    @Test
    void spanNeverSwallowsTheFollowingSpace() {
        String original = "قُتِلَ  جنديٌّ";
        List<Token> t = tokens(original);
        assertThat(t.get(0).span().in(original)).isEqualTo("قُتِلَ");
        assertThat(t.get(1).span().in(original)).isEqualTo("جنديٌّ");
    }

    @Test
    void originalSpanOfAFoldedRangeCoversTheSurface() {
        String original = "في «الهجـــومِ» الأخير";
        NormalizedText n = FOLDING.normalize(original);
        int start = n.folded().indexOf("الهجوم");
        Span span = n.originalSpan(start, start + "الهجوم".length());
        assertThat(span.in(original)).isEqualTo("الهجـــومِ");
    }

    @Test
    void emptyFoldedRangeMapsToAnEmptySpan() {
        NormalizedText n = FOLDING.normalize("قتل");
        assertThat(n.originalSpan(1, 1).length()).isZero();
    }
}
