package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.TestSupport;
import picocli.CommandLine;

/** The {@code marsad} command end to end, with standard output and error captured. */
class MarsadCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    /** Runs the command as {@code Marsad.main} does (same exception handler), without exiting the JVM. */
    static Run run(String... args) {
        return run(Marsad::commandLine, args);
    }

    static Run run(Supplier<CommandLine> commandLine, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            // built after the streams are set, so picocli's writers wrap them
            int exit = commandLine.get().execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path sample(String id) throws IOException {
        Path f = dir.resolve(id + ".txt");
        Files.writeString(f, TestSupport.sampleText(id), StandardCharsets.UTF_8);
        return f;
    }

    private static Path goldSeeds() throws URISyntaxException {
        return Path.of(MarsadCliTest.class.getClassLoader().getResource("gold/seeds").toURI());
    }

    @Test
    void analyzeWithoutPathPrintsTheEventsOfTheTwoSamplesAsJsonLines() throws IOException {
        Run r = run("analyze", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = r.jsonLines();
        assertThat(events).hasSizeGreaterThan(3);
        Set<String> docs = events.stream().map(n -> n.get("doc_id").asText()).collect(Collectors.toSet());
        assertThat(docs).containsExactlyInAnyOrder(TestSupport.SAMPLE_000, TestSupport.SAMPLE_002);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void analyzeFromTheCommandLinePrintsWhatTheWriterPrints() throws IOException {
        Run r = run("analyze", "--format", "jsonl");
        int expected = TestSupport.sampleAnalyses().stream().mapToInt(a -> a.events().size()).sum();
        assertThat(r.jsonLines()).hasSize(expected);
    }

    @Test
    void analyzeCsvWithOutWritesTheFile() throws IOException {
        Path out = dir.resolve("events.csv");
        Run r = run("analyze", "--format", "csv", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out).exists();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("event_id_cnty,event_date,year,").contains(TestSupport.SAMPLE_000).endsWith("\r\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void analyzeOutIntoAMissingFolderFailsWithAOneLineMessage() {
        Path out = dir.resolve("no-such-folder").resolve("events.csv");
        Run r = run("analyze", "--format", "csv", "--out", out.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(out.toString());
        assertThat(r.err().lines()).as("one line, no stack trace").hasSize(1);
    }

    @Test
    void analyzeGeoJsonPrintsAFeatureCollection() throws IOException {
        Run r = run("analyze", "--format", "geojson");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("type").asText()).isEqualTo("FeatureCollection");
    }

    @Test
    void analyzeFolderWithAGoodAndAnEmptyFileSucceedsAndReportsTheEmptyOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("good.txt"), TestSupport.sampleText(TestSupport.SAMPLE_002), StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Run r = run("analyze", "--format", "jsonl", folder.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("empty.txt").contains("empty");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.jsonLines()).isNotEmpty().allSatisfy(n -> assertThat(n.get("doc_id").asText()).isEqualTo("good"));
    }

    @Test
    void analyzeOnlyBadFilesExitsNonZeroWithAMessage() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"text\": ");
        Run r = run("analyze", "--format", "jsonl", empty.toString(), broken.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("empty.txt").contains("broken.json").contains("no document could be read");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void analyzeMissingPathExitsNonZeroNamingIt() {
        Run r = run("analyze", "--format", "jsonl", dir.resolve("nowhere").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("nowhere").contains("no such file");
    }

    @Test
    void publishedOptionIsUsedAsThePublicationDate() throws IOException {
        Run r = run("analyze", "--format", "report", "--published", "2024-05-20", sample(TestSupport.SAMPLE_002).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("published: 2024-05-20 (given)").doesNotContain("inferred");
    }

    @Test
    void publishedOptionAnchorsRelativeEventDates() throws IOException {
        // "في منتصف يوليو/ تموز الماضي" (mid-July last) is July of the publication year
        Run r = run("analyze", "--format", "jsonl", "--published", "2025-09-20", sample(TestSupport.SAMPLE_000).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.jsonLines()).anySatisfy(n -> assertThat(n.get("date").asText()).startsWith("2025-07"))
                .noneSatisfy(n -> assertThat(n.get("date").asText()).startsWith("2023-07"));
    }

    @Test
    void malformedPublishedOptionIsRefused() throws IOException {
        Run r = run("analyze", "--format", "jsonl", "--published", "20 May", sample(TestSupport.SAMPLE_002).toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--published").contains("20 May");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("analyze", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("xml");
    }

    @Test
    void knowledgeFolderWithAnUnknownActorIdExitsWithAKnowledgeErrorNamingFileAndLine() throws IOException {
        Path knowledge = copyKnowledgeFolder();
        Path aliases = knowledge.resolve("actors/aliases.tsv");
        int line = Files.readAllLines(aliases, StandardCharsets.UTF_8).size() + 1;
        Files.writeString(aliases, "no-such-actor\tجماعة مجهولة\tar\t\tadded by a test\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Run r = run("analyze", "--format", "jsonl", "--knowledge", knowledge.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("knowledge error").contains("aliases.tsv:" + line).contains("no-such-actor");
        assertThat(r.err().lines()).as("one line, no stack trace").hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void knowledgeFolderCopyWorksLikeTheBundledOne() throws IOException {
        Path knowledge = copyKnowledgeFolder();
        Run copied = run("dates", "--format", "jsonl", "--knowledge", knowledge.toString());
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).isEqualTo(run("dates", "--format", "jsonl").out());
    }

    private Path copyKnowledgeFolder() throws IOException {
        Path source = Stream.of(Path.of("..", "knowledge"), Path.of("knowledge"))
                .filter(p -> Files.isRegularFile(p.resolve("actors/aliases.tsv"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no knowledge folder beside the app module"));
        Path target = dir.resolve("my-knowledge");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    @Test
    void datesPrintsOneJsonObjectPerSampleWithItsInferredPublicationMonth() throws IOException {
        Run r = run("dates", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> docs = r.jsonLines();
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("doc_id").asText()).isEqualTo(TestSupport.SAMPLE_000);
        assertThat(docs.get(0).get("published").asText()).isEqualTo("2023-09");
        assertThat(docs.get(1).get("doc_id").asText()).isEqualTo(TestSupport.SAMPLE_002);
        assertThat(docs.get(1).get("published").asText()).isEqualTo("2024-05");
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.get("published_basis").asText()).isEqualTo("inferred");
            assertThat(d.get("expressions").isArray()).isTrue();
            assertThat(d.get("expressions")).isNotEmpty();
        });
    }

    @Test
    void datesReportUsesADecimalPointWhateverTheDefaultLocale() {
        Run r = runIn(java.util.Locale.GERMANY, "dates", "--format", "report");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== " + TestSupport.SAMPLE_000 + "  published 2023-09 (inferred, confidence ")
                .containsPattern("confidence \\d\\.\\d\\d\\)").doesNotContainPattern("confidence \\d,\\d");
    }

    @Test
    void datesExpressionsPointAtTheirText() throws IOException {
        Run r = run("dates", "--format", "jsonl");
        String text = TestSupport.sampleText(TestSupport.SAMPLE_000);
        JsonNode first = r.jsonLines().get(0);
        assertThat(first.get("expressions")).allSatisfy(e ->
                assertThat(e.get("text").asText()).isEqualTo(text.substring(e.get("start").asInt(), e.get("end").asInt())));
    }

    @Test
    void evalPrintsPrecisionRecallAndF1() throws Exception {
        Run r = run("eval", goldSeeds().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents 2").contains("precision").contains("recall").contains("F1")
                .contains("accuracy on matched events");
    }

    @Test
    void evalScoresUseADecimalPointWhateverTheDefaultLocale() throws Exception {
        Run r = runIn(java.util.Locale.GERMANY, "eval", goldSeeds().toString());
        assertThat(r.out()).containsPattern("precision \\d\\.\\d{3}  recall \\d\\.\\d{3}  F1 \\d\\.\\d{3}");
    }

    @Test
    void evalJsonIsParseableWithF1BetweenZeroAndOne() throws Exception {
        Run r = run("eval", "--json", goldSeeds().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("documents").asInt()).isEqualTo(2);
        assertThat(n.get("gold_events").asInt()).isEqualTo(20);
        assertThat(n.get("f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("precision").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("recall").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("matched_events").asInt()).isPositive()
                .isLessThanOrEqualTo(Math.min(n.get("gold_events").asInt(), n.get("predicted_events").asInt()));
        assertThat(n.get("accuracy_on_matched").has("event_type")).isTrue();
    }

    @Test
    void evalFitsConfidenceWeightsThatAnotherRunCanUse() throws Exception {
        Path fitted = dir.resolve("event-confidence.tsv");
        Run r = run("eval", goldSeeds().toString(), "--fit-confidence", fitted.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("calibration fitted").contains("each document left out of its fit");
        assertThat(Files.readString(fitted)).contains("intercept\t").contains("own-date\t");
        Path knowledge = Files.createDirectories(dir.resolve("k/calibration"));
        Files.copy(fitted, knowledge.resolve("event-confidence.tsv"));
        Run again = run("eval", "--knowledge", dir.resolve("k").toString(), goldSeeds().toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("confidence calibration (20 events)");
    }

    @Test
    void evalOnAFolderWithoutGoldFilesExitsNonZero() {
        Run r = run("eval", dir.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no gold file");
    }

    @Test
    void benchJsonPrintsTheDocumentedKeys() throws IOException {
        Run r = run("bench", "--mb", "1", "--warmup", "0", "--max-warmup", "0", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.has("articles_per_second") && n.has("mb_per_second") && n.has("floor_articles_per_second")
                && n.has("ratio_to_floor") && n.has("peak_heap_mb") && n.has("threads")).as(r.out()).isTrue();
        assertThat(n.get("articles_per_second").asDouble()).isPositive();
        assertThat(n.get("mb_per_second").asDouble()).isPositive();
        assertThat(n.get("floor_articles_per_second").asDouble()).isPositive();
        assertThat(n.get("ratio_to_floor").asDouble()).isPositive();
        assertThat(n.get("peak_heap_mb").asDouble()).isPositive();
        assertThat(n.get("threads").asInt()).isEqualTo(1);
        assertThat(n.get("megabytes").asDouble()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("analyze").contains("dates").contains("eval").contains("bench");
    }

    /** Arabic (Egypt): Java's default formatting writes Arabic-Indic digits and a decimal separator there. */
    private static final java.util.Locale ARABIC_EGYPT = java.util.Locale.forLanguageTag("ar-EG");

    private static Run runIn(java.util.Locale locale, String... args) {
        java.util.Locale old = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(locale);
            return run(args);
        } finally {
            java.util.Locale.setDefault(old);
        }
    }

    @Test
    void evalRelationsScoresUseLatinDigitsWhateverTheDefaultLocale() throws Exception {
        Run r = runIn(ARABIC_EGYPT, "eval-relations", goldSeeds().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("precision [0-9]\\.[0-9]{3}  recall [0-9]\\.[0-9]{3}  F1 [0-9]\\.[0-9]{3}");
    }

    @Test
    void dateValuesAndRelationsAreLocaleIndependent() throws IOException {
        Run r = runIn(ARABIC_EGYPT, "dates", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> values = new ArrayList<>();
        r.jsonLines().forEach(d -> d.get("expressions").forEach(values::add));
        assertThat(values).anySatisfy(e -> assertThat(e.get("value").asText()).matches("[0-9]{4}(-[0-9]{2})*.*"));
        assertThat(values).allSatisfy(e -> {
            assertThat(e.get("value").asText()).doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
            assertThat(e.get("relation").asText()).matches("[a-z_]+");
        });
    }
}
