package org.marsad.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FormTableTest {

    @Test
    void aRepeatedFormIsOneInstanceEqualToItsChars() {
        FormTable table = new FormTable();
        String text = "هاجم مسلحون القرية ثم هاجم مسلحون";
        String first = table.canonical(text, 0, 4);
        String again = table.canonical(text, 22, 26);
        assertThat(first).isEqualTo("هاجم").isSameAs(again);
        assertThat(table.canonical(text, 5, 11)).isEqualTo("مسلحون");
    }

    @Test
    void formsThatShareAHashStayApart() {
        FormTable table = new FormTable();
        // "Aa" and "BB" have the same String hash code
        assertThat(table.canonical("Aa BB", 0, 2)).isEqualTo("Aa");
        assertThat(table.canonical("Aa BB", 3, 5)).isEqualTo("BB");
        assertThat(table.canonical("BB", 0, 2)).isEqualTo("BB");
    }

    /** Many more distinct forms than the table holds: every answer is still the right text. */
    @Test
    void staysCorrectWhenItStartsAgain() {
        FormTable table = new FormTable();
        Random random = new Random(7);
        for (int i = 0; i < 300_000; i++) {
            String form = Integer.toString(random.nextInt(1_000_000), 36) + "ب";
            String text = "x " + form + " y";
            assertThat(table.canonical(text, 2, 2 + form.length())).isEqualTo(form);
        }
    }
}
