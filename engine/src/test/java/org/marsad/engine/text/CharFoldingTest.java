package org.marsad.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.marsad.engine.TestKnowledge;
import org.junit.jupiter.api.Test;

class CharFoldingTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();

    private static String fold(String s) {
        return FOLDING.fold(s);
    }

    @Test
    void foldsTehMarbutaToHeh() {
        assertThat(fold("القاعدة")).isEqualTo("القاعده");
    }

    @Test
    void foldsHamzatedAlefsAndMaddaToBareAlef() {
        assertThat(fold("أإآ")).isEqualTo("ااا");
        assertThat(fold("إرهابيون")).isEqualTo("ارهابيون");
    }

    @Test
    void foldsAlefWaslaToBareAlef() {
        assertThat(fold("\u0671لجيش")).isEqualTo("الجيش");
    }

    @Test
    void foldsAlefMaqsuraToYeh() {
        assertThat(fold("إلى")).isEqualTo("الي");
    }

    @Test
    void foldsHamzaOnWawAndYehToTheirCarriers() {
        assertThat(fold("ؤ")).isEqualTo("و");
        assertThat(fold("ئ")).isEqualTo("ي");
        assertThat(fold("رئيس")).isEqualTo(fold("رييس"));
    }

    @Test
    void deletesDiacritics() {
        assertThat(fold("قُتِلَ الجُنودُ")).isEqualTo("قتل الجنود");
        assertThat(fold("هجومًا")).isEqualTo("هجوما");
        assertThat(fold("الرحمٰن")).isEqualTo("الرحمن");
    }

    @Test
    void deletesTatweel() {
        assertThat(fold("الجيـــش")).isEqualTo("الجيش");
    }

    @Test
    void foldsPersianAndUrduLettersToArabic() {
        assertThat(fold("کیف")).isEqualTo("كيف");
        assertThat(fold("ھ")).isEqualTo("ه");
    }

    @Test
    void foldsArabicIndicAndPersianDigitsToAscii() {
        assertThat(fold("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(fold("۲۰۲۴")).isEqualTo("2024");
    }

    @Test
    void foldsArabicPunctuationToAscii() {
        assertThat(fold("،؛")).isEqualTo(",;");
        assertThat(fold("٣٫٥")).isEqualTo("3.5");
    }

    @Test
    void foldsQuoteVariantsToStraightQuotes() {
        assertThat(fold("«داعش» “داعش” ‘x’")).isEqualTo("\"داعش\" \"داعش\" 'x'");
    }

    @Test
    void lowerCasesLatinAndStripsFrenchAccents() {
        assertThat(fold("ACLED")).isEqualTo("acled");
        assertThat(fold("Tillabéri Ségou Gao")).isEqualTo("tillaberi segou gao");
    }

    @Test
    void keepsPlainArabicLettersAndSpacesUnchanged() {
        String plain = "هاجم مسلحون قريه في مالي";
        assertThat(fold(plain)).isEqualTo(plain);
    }

    @Test
    void spellingVariantsFoldToOneKey() {
        assertThat(fold("القاعدة")).isEqualTo(fold("القاعده"));
        assertThat(fold("أمادو")).isEqualTo(fold("امادو"));
        assertThat(fold("ثلاثمائة")).isEqualTo(fold("ثلاثمايه"));
    }

    @Test
    void normalizeAgreesWithFold() {
        String s = "قُتِلَ ٤٥ شخصاً في «الهجـــوم»";
        assertThat(FOLDING.normalize(s).folded()).isEqualTo(fold(s));
    }

    @Test
    void foldingNeverLengthensText() {
        String s = "قُتِلَ ٤٥ شخصاً في «الهجـــوم» ACLED";
        assertThat(fold(s).length()).isLessThanOrEqualTo(s.length());
    }

    @Test
    void emptyStringFoldsToEmpty() {
        assertThat(fold("")).isEmpty();
        assertThat(FOLDING.normalize("").folded()).isEmpty();
    }
}
