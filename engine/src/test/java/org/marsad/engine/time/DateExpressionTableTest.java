package org.marsad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.engine.TestKnowledge;

/**
 * The table of Arabic time expressions ({@code src/test/resources/dates/expressions.tsv}): each row is a short
 * news phrase with one time expression, a publication day and the expected value of the first date mention.
 * Rows the engine cannot read yet are listed in {@link #KNOWN_GAPS} with the reason; they are asserted to
 * still fail, so the list shrinks as soon as one is fixed.
 */
class DateExpressionTableTest {
    private static final String TABLE = "dates/expressions.tsv";

    /** Row text → why Marsad does not read it (yet). Each must still fail. */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    /** One row of the table. */
    record Row(int line, String text, LocalDate published, String date, String dateEnd, String precision, String note) {
        boolean negative() {
            return date.equals("-");
        }

        @Override
        public String toString() {
            return "line " + line + ": " + text + " [" + note + "]";
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DateExpressionTableTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6) {
                    throw new IllegalStateException(TABLE + " line " + n + ": expected 6 columns, found " + c.length);
                }
                rows.add(new Row(n, c[0], LocalDate.parse(c[1]), c[2], c[3], c[4], c[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Stream<Arguments> readable() {
        return rows().stream().filter(r -> !KNOWN_GAPS.containsKey(r.text())).map(Arguments::of);
    }


    /** What Marsad makes of a row: "date|end|precision" of the first mention, or "-" when no point date. */
    static String actual(Row row) {
        List<DateMention> dates = TestKnowledge.analyze(row.text(), row.published()).dates();
        if (row.negative()) {
            return dates.stream().anyMatch(d -> d.isPoint() && d.resolved() != null) ? "point date " + dates : "-";
        }
        if (dates.isEmpty() || dates.get(0).resolved() == null) {
            return "none " + dates;
        }
        TimeSpan t = dates.get(0).resolved();
        return t.iso() + "|" + (t.isoEnd() == null ? "" : t.isoEnd()) + "|" + t.precision().label();
    }

    static String expected(Row row) {
        return row.negative() ? "-" : row.date() + "|" + row.dateEnd() + "|" + row.precision();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void readsTheExpression(Row row) {
        assertThat(actual(row)).as(row.toString()).isEqualTo(expected(row));
    }

    @Test
    void everyKnownGapIsARowThatStillFails() {
        Set<String> texts = new java.util.HashSet<>();
        rows().forEach(r -> texts.add(r.text()));
        assertThat(texts).containsAll(KNOWN_GAPS.keySet());
        for (Row row : rows()) {
            if (KNOWN_GAPS.containsKey(row.text())) {
                assertThat(actual(row)).as("fixed? remove from KNOWN_GAPS: " + row).isNotEqualTo(expected(row));
            }
        }
    }

    @Test
    void tableIsLargeAndCoversEverySystem() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().filter(Row::negative)).hasSizeGreaterThanOrEqualTo(30);
        String all = String.join("\n", rows.stream().map(Row::text).toList());
        // one distinctive month name of each system, the Hijri calendar, weekdays, relative words, parts, spans
        for (String word : List.of("يناير", "يوليه", "إبريل", "كانون الثاني", "تشرين الأول", "جانفي", "فيفري", "أفريل",
                "جوان", "جويلية", "أوت", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "رمضان", "ذي الحجة", "هـ",
                "الأحد الماضي", "الإثنين", "الرابع من", "أمس", "أول أمس", "الليلة الماضية", "فجر اليوم",
                "الأسبوع الماضي", "الأسبوع المقبل", "الشهر الماضي", "الشهر الجاري", "العام الماضي", "مايو الجاري",
                "يوليو الماضي", "مطلع", "أوائل", "منتصف", "أواخر", "نهاية", "الأسبوع الثالث من سبتمبر",
                "من 10 إلى 16 أغسطس", "ما بين 3 و9 أغسطس", "منذ 3 سنوات", "لمدة ساعة", "١٧/٠٨/٢٠٢٤", "2024-08-17")) {
            assertThat(all).as("the table has a row with %s", word).contains(word);
        }
        for (String system : List.of("egyptian", "levantine", "maghrebi", "moroccan", "hijri", "pair", "weekday",
                "ordinal", "numeric", "holiday")) {
            assertThat(rows).as("rows noted %s", system).anyMatch(r -> r.note().contains(system));
        }
    }

    /** Property: any recombination of the table's words, at any publication day, reads without an exception. */
    @Test
    void shuffledDateWordsNeverThrow() {
        List<String> words = new ArrayList<>();
        rows().forEach(r -> words.addAll(List.of(r.text().split(" "))));
        Random random = new Random(20240820L);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? "/" : " ");
            }
            String text = sb.toString();
            LocalDate published = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
            assertThatCode(() -> TestKnowledge.analyze(text, published).dates().forEach(d -> {
                if (d.resolved() != null) {
                    assertThat(d.resolved().end()).isAfterOrEqualTo(d.resolved().start());
                }
            })).as("%s @ %s", text, published).doesNotThrowAnyException();
            assertThatCode(() -> TestKnowledge.analyze(text)).as("%s, no publication", text).doesNotThrowAnyException();
        }
    }
}
