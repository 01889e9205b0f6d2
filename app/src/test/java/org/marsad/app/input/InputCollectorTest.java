package org.marsad.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.engine.model.Document;
import org.marsad.engine.time.Precision;

class InputCollectorTest {
    private static final String GOOD_TEXT = "هجوم قرب موبتي\n" + TextDecoderTest.ARABIC;

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private List<Document> read(Path... paths) {
        return new InputCollector(problems::add).read(List.of(paths));
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    @Test
    void textFileBecomesOneDocumentIdentifiedByItsFileName() throws IOException {
        Path f = write("report-17.txt", GOOD_TEXT);
        List<Document> docs = read(f);
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("report-17");
            assertThat(d.title()).isEqualTo("هجوم قرب موبتي");
            assertThat(d.text()).isEqualTo(GOOD_TEXT);
            assertThat(d.published()).isNull();
        });
    }

    @Test
    void windows1256FileIsReadAsArabic() throws IOException {
        Path f = write("cp1256.txt", TextDecoderTest.ARABIC.getBytes(Charset.forName("windows-1256")));
        assertThat(read(f)).singleElement().extracting(Document::text).isEqualTo(TextDecoderTest.ARABIC);
        assertThat(problems).isEmpty();
    }

    @Test
    void emptyFileIsReportedByNameAndTheOtherFilesAreRead() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path good = write("good.txt", GOOD_TEXT);
        List<Document> docs = read(empty, good);
        assertThat(docs).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("empty.txt").contains("empty");
    }

    @Test
    void whitespaceOnlyFileIsReported() throws IOException {
        Path blank = write("blank.txt", "  \n\t \n");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(blank, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("blank.txt");
    }

    @Test
    void binaryFileIsReportedByNameAndTheOtherFilesAreRead() throws IOException {
        byte[] bytes = new byte[10_000];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        bytes[501] = 0;
        Path binary = write("photo.txt", bytes);
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(binary, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("photo.txt").contains("binary");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedAndTheOtherFilesAreRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputCollector.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(big, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("huge.txt").contains("too large").contains("limit");
    }

    @Test
    void malformedJsonIsReportedWithFileAndLine() throws IOException {
        Path bad = write("broken.json", "{\n  \"id\": \"x\",\n  \"text\": \"نص الخبر\"\n  \"title\": \"t\"\n}\n");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(bad, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("broken.json").contains("malformed JSON").contains("line 4");
    }

    @Test
    void jsonWithoutTextFieldIsReportedClearly() throws IOException {
        Path bad = write("notext.json", "{\"id\": \"x\", \"title\": \"عنوان\", \"body\": \"نص\"}");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(bad, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("notext.json").contains("\"text\"");
    }

    @Test
    void jsonThatIsNotAnObjectIsReported() throws IOException {
        Path bad = write("array.json", "[1, 2, 3]");
        assertThat(read(bad)).isEmpty();
        assertThat(problems).singleElement().asString().contains("array.json").contains("\"text\"");
    }

    @Test
    void jsonWithBadPublishedDateIsReported() throws IOException {
        Path bad = write("baddate.json", "{\"text\": \"نص الخبر\", \"published\": \"last Tuesday\"}");
        assertThat(read(bad)).isEmpty();
        assertThat(problems).singleElement().asString().contains("baddate.json").contains("published");
    }

    @Test
    void jsonObjectGivesIdUrlTitleTextAndPublicationDay() throws IOException {
        Path f = write("file-name.json", "{\"id\": \"dev-001\", \"url\": \"https://example.org/a\", \"title\": \"عنوان\","
                + " \"published\": \"2024-05-20\", \"text\": \"نص الخبر\", \"events\": []}");
        assertThat(read(f)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("dev-001");
            assertThat(d.url()).isEqualTo("https://example.org/a");
            assertThat(d.title()).isEqualTo("عنوان");
            assertThat(d.text()).isEqualTo("نص الخبر");
            assertThat(d.published().iso()).isEqualTo("2024-05-20");
            assertThat(d.published().precision()).isEqualTo(Precision.DAY);
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void jsonWithUtf8ByteOrderMarkIsRead() throws IOException {
        byte[] body = "{\"id\": \"bom\", \"text\": \"نص الخبر\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = write("bom.json", bytes);
        assertThat(read(f)).extracting(Document::text).containsExactly("نص الخبر");
        assertThat(problems).isEmpty();
    }

    @Test
    void jsonLinesInUtf16WithByteOrderMarkAreRead() throws IOException {
        Path f = write("wide.jsonl", "\uFEFF{\"id\": \"a\", \"text\": \"النص الأول\"}\n{\"id\": \"b\", \"text\": \"النص الثاني\"}\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(f)).extracting(Document::text).containsExactly("النص الأول", "النص الثاني");
        assertThat(problems).isEmpty();
    }

    @Test
    void jsonWithoutIdIsIdentifiedByItsFileName() throws IOException {
        Path f = write("article-9.json", "{\"text\": \"نص الخبر\"}");
        assertThat(read(f)).singleElement().extracting(Document::id).isEqualTo("article-9");
    }

    @Test
    void jsonPublishedYearMonthGivesMonthPrecision() throws IOException {
        Path f = write("monthly.json", "{\"text\": \"نص الخبر\", \"published\": \"2021-09\"}");
        assertThat(read(f)).singleElement().satisfies(d -> {
            assertThat(d.published().precision()).isEqualTo(Precision.MONTH);
            assertThat(d.published().iso()).isEqualTo("2021-09");
        });
    }

    @Test
    void jsonLinesWithOneBadLineReadsTheGoodLinesAndNamesTheBadOne() throws IOException {
        Path f = write("feed.jsonl", "{\"id\": \"a\", \"text\": \"النص الأول\"}\n"
                + "{\"id\": \"b\", \"text\": \"النص الثاني\"\n"
                + "\n"
                + "{\"id\": \"c\", \"text\": \"النص الثالث\"}\n");
        assertThat(read(f)).extracting(Document::id).containsExactly("a", "c");
        assertThat(problems).singleElement().asString().contains("feed.jsonl:2");
    }

    @Test
    void jsonLinesLineWithoutTextIsNamedByFileAndLine() throws IOException {
        Path f = write("feed.jsonl", "{\"id\": \"a\", \"text\": \"النص الأول\"}\r\n{\"id\": \"b\"}\r\n");
        assertThat(read(f)).extracting(Document::id).containsExactly("a");
        assertThat(problems).singleElement().asString().contains("feed.jsonl:2").contains("\"text\"");
    }

    @Test
    void jsonLinesWithoutIdsAreNumberedByLine() throws IOException {
        Path f = write("feed.jsonl", "{\"text\": \"النص الأول\"}\n{\"text\": \"النص الثاني\"}\n");
        assertThat(read(f)).extracting(Document::id).containsExactly("feed-1", "feed-2");
    }

    @Test
    void jsonLinesWithNoGoodLineIsReportedAndTheOtherFilesAreRead() throws IOException {
        Path bad = write("bad.jsonl", "not json\n{also not}\n");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(bad, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("bad.jsonl:1"))
                .anySatisfy(p -> assertThat(p).contains("bad.jsonl:2"));
    }

    @Test
    void unsupportedExtensionIsReported() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(pdf, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("report.pdf").contains("unsupported");
    }

    @Test
    void missingPathIsReported() throws IOException {
        Path missing = dir.resolve("no-such-file.txt");
        Path good = write("good.txt", GOOD_TEXT);
        assertThat(read(missing, good)).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("no-such-file.txt").contains("no such file");
    }

    @Test
    void extensionIsRecognisedWhateverItsCase() throws IOException {
        Path f = write("UPPER.TXT", GOOD_TEXT);
        assertThat(read(f)).extracting(Document::id).containsExactly("UPPER");
        assertThat(problems).isEmpty();
    }

    @Test
    void directoryIsReadRecursivelyInNameOrder() throws IOException {
        Path folder = dir.resolve("corpus");
        write("corpus/c.txt", "النص ج");
        write("corpus/a.txt", "النص أ");
        write("corpus/b/d.json", "{\"text\": \"النص د\"}");
        write("corpus/b/a.jsonl", "{\"id\": \"e\", \"text\": \"النص هـ\"}\n");
        write("corpus/notes.md", "# not an input");
        assertThat(read(folder)).extracting(Document::id).containsExactly("a", "e", "d", "c");
        assertThat(problems).isEmpty();
    }

    @Test
    void goldFilesAreSkippedWhenWalkingAFolder() throws IOException {
        Path folder = dir.resolve("dev");
        write("dev/dev-001.json", "{\"id\": \"dev-001\", \"text\": \"النص\"}");
        write("dev/dev-001.gold.json", "{\"id\": \"dev-001-gold\", \"text\": \"النص\", \"events\": []}");
        assertThat(read(folder)).extracting(Document::id).containsExactly("dev-001");
        assertThat(problems).isEmpty();
    }

    @Test
    void goldFileNamedExplicitlyIsRead() throws IOException {
        Path gold = write("dev-001.gold.json", "{\"id\": \"dev-001\", \"text\": \"النص\", \"events\": []}");
        assertThat(read(gold)).extracting(Document::id).containsExactly("dev-001");
    }

    @Test
    void folderOfBadFilesReportsEachOnceAndReadsTheGoodOne() throws IOException {
        Path folder = dir.resolve("mixed");
        write("mixed/1-empty.txt", new byte[0]);
        byte[] binary = new byte[2000];
        new Random(1).nextBytes(binary);
        binary[10] = 0;
        write("mixed/2-binary.txt", binary);
        write("mixed/3-broken.json", "{\"text\": ");
        write("mixed/4-notext.json", "{\"title\": \"x\"}");
        write("mixed/5-empty.html", "<html><body><nav>menu</nav></body></html>");
        write("mixed/6-good.txt", GOOD_TEXT);
        List<Document> docs = read(folder);
        assertThat(docs).extracting(Document::id).containsExactly("6-good");
        assertThat(problems).hasSize(5);
        for (String name : List.of("1-empty.txt", "2-binary.txt", "3-broken.json", "4-notext.json", "5-empty.html")) {
            assertThat(problems).as(name).anySatisfy(p -> assertThat(p).contains(name));
        }
    }

    @Test
    void bundledSamplesAreTheTwoArticlesWithoutDates() {
        List<Document> docs = new InputCollector(problems::add).samples();
        assertThat(problems).isEmpty();
        assertThat(docs).extracting(Document::id).containsExactly("000_69c15cc7d85e93ce", "002_fbbec74911f56db4");
        assertThat(docs).allSatisfy(d -> assertThat(d.published()).isNull());
    }

    @Test
    void theBundledBenchmarkSetIsTheDevCorpussFortyArticles() {
        List<String> problems = new ArrayList<>();
        List<Document> docs = new InputCollector(problems::add).benchmarkSet();
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(40);
        assertThat(docs.get(0).id()).isEqualTo("dev-001");
        assertThat(docs).allSatisfy(d -> assertThat(d.text()).isNotBlank());
    }
}
