package org.marsad.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.text.CharFolding;
import org.marsad.engine.text.NormalizedText;
import org.marsad.engine.text.Span;
import org.marsad.engine.text.Token;

/**
 * Properties that must hold for any input, checked on a few hundred generated strings with fixed seeds
 * (so a failure is reproducible: the message gives the case).
 */
class RandomTextPropertiesTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();
    private static final int CASES = 400;
    private static final int PIPELINE_CASES = 250;

    private static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || Character.isSurrogate(c) || c >= 0xFFF0 ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static List<String> inputs(long seed, int cases) {
        RandomText gen = new RandomText(seed);
        return java.util.stream.IntStream.range(0, cases)
                .mapToObj(i -> i % 2 == 0 ? gen.chars(120) : gen.text(30)).toList();
    }

    @Test
    void foldingNeverThrows() {
        for (String s : inputs(1L, CASES)) {
            assertThatCode(() -> {
                FOLDING.fold(s);
                FOLDING.normalize(s);
            }).as("fold(%s)", show(s)).doesNotThrowAnyException();
        }
    }

    @Test
    void foldingIsIdempotent() {
        for (String s : inputs(2L, CASES)) {
            String once = FOLDING.fold(s);
            assertThat(FOLDING.fold(once)).as("fold(fold(%s))", show(s)).isEqualTo(once);
        }
    }

    @Test
    void normalizedTextAgreesWithFoldAndMapsInsideTheOriginal() {
        for (String s : inputs(3L, CASES)) {
            NormalizedText n = FOLDING.normalize(s);
            assertThat(n.folded()).as("normalize(%s)", show(s)).isEqualTo(FOLDING.fold(s));
            int[] map = n.toOriginal();
            assertThat(map).hasSize(n.folded().length() + 1);
            assertThat(map[map.length - 1]).isEqualTo(s.length());
            for (int i = 0; i + 1 < map.length; i++) {
                assertThat(map[i]).as("map of %s", show(s)).isLessThan(map[i + 1]).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void tokenSpansAreInBoundsOrderedAndNonOverlapping() {
        for (String s : inputs(4L, CASES)) {
            List<Token> tokens = TestKnowledge.read(s).tokens();
            int previousEnd = 0;
            for (Token t : tokens) {
                Span span = t.span();
                assertThat(span.start()).as("token %s in %s", t, show(s)).isGreaterThanOrEqualTo(previousEnd);
                assertThat(span.end()).as("token %s in %s", t, show(s)).isGreaterThan(span.start())
                        .isLessThanOrEqualTo(s.length());
                previousEnd = span.end();
            }
        }
    }

    @Test
    void tokenSpansRoundTripToTheirForms() {
        for (String s : inputs(5L, CASES)) {
            for (Token t : TestKnowledge.read(s).tokens()) {
                assertThat(FOLDING.fold(t.span().in(s))).as("token %s in %s", t, show(s)).isEqualTo(t.form());
            }
        }
    }

    @Test
    void analyzeNeverThrowsAndEvidenceIsTheQuotedText() {
        LocalDate published = LocalDate.of(2023, 9, 20);
        List<String> inputs = inputs(6L, PIPELINE_CASES);
        int withEvents = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String s = inputs.get(i);
            LocalDate pub = i % 3 == 0 ? null : published;
            DocumentAnalysis[] result = new DocumentAnalysis[1];
            assertThatCode(() -> result[0] = TestKnowledge.analyze(s, pub)).as("analyze(%s)", show(s))
                    .doesNotThrowAnyException();
            withEvents += result[0].events().isEmpty() ? 0 : 1;
            for (Event e : result[0].events()) {
                Span span = e.evidence().span();
                assertThat(span.end()).as("evidence of %s", show(s)).isLessThanOrEqualTo(s.length());
                assertThat(e.evidence().text()).as("evidence of %s", show(s))
                        .isEqualTo(s.substring(span.start(), span.end()));
            }
        }
        // the generator must actually reach event extraction, or this property checks nothing
        assertThat(withEvents).isGreaterThan(PIPELINE_CASES / 10);
    }

    @Test
    void mentionSpansAreInsideTheText() {
        List<String> inputs = inputs(7L, PIPELINE_CASES);
        for (String s : inputs) {
            DocumentAnalysis a = TestKnowledge.analyze(s, LocalDate.of(2024, 5, 10));
            List<Span> spans = new java.util.ArrayList<>();
            a.numbers().forEach(m -> spans.add(m.span()));
            a.dates().forEach(m -> spans.add(m.span()));
            a.actors().forEach(m -> spans.add(m.span()));
            a.places().forEach(m -> spans.add(m.span()));
            for (Span span : spans) {
                assertThat(span.end()).as("%s in %s", span, show(s)).isLessThanOrEqualTo(s.length());
                assertThat(span.length()).as("%s in %s", span, show(s)).isPositive();
            }
        }
    }
}
