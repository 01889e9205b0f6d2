package org.marsad.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    /** A news-style Arabic paragraph (written for this test), well above 200 characters. */
    static final String ARABIC = "أعلنت السلطات المالية يوم الأحد أن مسلحين مجهولين هاجموا قرية قريبة من مدينة موبتي وسط البلاد، "
            + "وأسفر الهجوم عن مقتل سبعة مدنيين وإصابة آخرين بجروح. وقال مسؤول محلي إن المهاجمين وصلوا على دراجات نارية "
            + "وأحرقوا عددا من المنازل والمحلات قبل أن ينسحبوا باتجاه الغابة. ولم تتبن أي جماعة المسؤولية عن الهجوم حتى الآن.";

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void testParagraphIsLongEnough() {
        assertThat(ARABIC.length()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void utf8WithoutBomIsDecoded() throws Exception {
        assertThat(decoder.decode("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8))).isEqualTo(ARABIC);
    }

    @Test
    void utf8BomIsDecodedAndNotKeptInTheText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(decoder.decode("a.txt", concat(bom, ARABIC.getBytes(StandardCharsets.UTF_8)))).isEqualTo(ARABIC);
    }

    @Test
    void utf16LittleEndianWithBomIsDecoded() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        assertThat(decoder.decode("a.txt", concat(bom, ARABIC.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(ARABIC);
    }

    @Test
    void utf16BigEndianWithBomIsDecoded() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        assertThat(decoder.decode("a.txt", concat(bom, ARABIC.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(ARABIC);
    }

    @Test
    void arabicUtf16LittleEndianWithoutBomIsDecoded() throws Exception {
        assertThat(decoder.decode("a.txt", ARABIC.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(ARABIC);
    }

    @Test
    void arabicUtf16BigEndianWithoutBomIsDecoded() throws Exception {
        assertThat(decoder.decode("a.txt", ARABIC.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(ARABIC);
    }

    @Test
    void latinUtf16LittleEndianWithoutBomIsDecoded() throws Exception {
        String text = "Attaque contre un poste militaire pres de Mopti, selon des sources locales.";
        assertThat(decoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    }

    @Test
    void windows1256ArabicIsDecoded() throws Exception {
        byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
        assertThat(decoder.decode("a.txt", bytes)).isEqualTo(ARABIC);
    }

    @Test
    void emptyInputIsRefusedAsEmpty() {
        assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0]))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void randomBytesWithNulsAreRefusedAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = 0;
        }
        assertThatThrownBy(() -> decoder.decode("blob.txt", bytes))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("blob.txt").hasMessageContaining("binary");
    }
}
