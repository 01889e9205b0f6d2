package org.marsad.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.engine.model.Document;
import org.marsad.engine.time.Precision;

/** HTML pages, including broken and hostile ones: never an exception, the article text, no chrome. */
class HtmlInputTest {
    private static final String PARAGRAPH_1 = "قتل سبعة مدنيين في هجوم شنه مسلحون على قرية قرب مدينة موبتي وسط مالي.";
    private static final String PARAGRAPH_2 = "وقال مسؤول محلي إن المهاجمين أحرقوا عددا من المنازل قبل أن ينسحبوا.";

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private Document readOne(String name, String html) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, html, StandardCharsets.UTF_8);
        Path good = dir.resolve("zz-good.txt");
        Files.writeString(good, "خبر\n" + PARAGRAPH_2, StandardCharsets.UTF_8);
        List<Document> docs = new InputCollector(problems::add).read(List.of(f, good));
        assertThat(problems).as("problems").isEmpty();
        assertThat(docs).as("the page and the text file after it").hasSize(2);
        return docs.get(0);
    }

    @Test
    void articleTextIsExtractedWithNavigationScriptsAndFooterDropped() throws IOException {
        Document d = readOne("page.html", "<!doctype html><html><head><title>موقع الأخبار</title>"
                + "<script>var x = 'نص برمجي لا يقرأ';</script><style>p { color: red }</style></head><body>"
                + "<header>رأس الموقع</header><nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav>"
                + "<article><h1>هجوم قرب موبتي</h1><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></article>"
                + "<aside>الأكثر قراءة</aside><footer>جميع الحقوق محفوظة</footer></body></html>");
        assertThat(d.id()).isEqualTo("page");
        assertThat(d.title()).isEqualTo("هجوم قرب موبتي");
        assertThat(d.text()).contains(PARAGRAPH_1).contains(PARAGRAPH_2)
                .doesNotContain("نص برمجي").doesNotContain("color").doesNotContain("رأس الموقع")
                .doesNotContain("الرئيسية").doesNotContain("الأكثر قراءة").doesNotContain("جميع الحقوق");
    }

    @Test
    void paragraphsStayOnSeparateLines() throws IOException {
        Document d = readOne("page.html", "<html><body><article><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2
                + "</p></article></body></html>");
        assertThat(d.text()).contains(PARAGRAPH_1 + "\n" + PARAGRAPH_2);
    }

    @Test
    void scriptHoldingArabicInTheBodyIsNotArticleText() throws IOException {
        Document d = readOne("page.html", "<html><body><p>" + PARAGRAPH_1 + "</p>"
                + "<script>document.write('قتل مئة جندي في هجوم وهمي');</script></body></html>");
        assertThat(d.text()).contains(PARAGRAPH_1).doesNotContain("مئة جندي");
    }

    @Test
    void unclosedTagsKeepTheirText() throws IOException {
        Document d = readOne("broken.html", "<html><body><div class=main><p>" + PARAGRAPH_1
                + "<p><b>" + PARAGRAPH_2 + "<i>نهاية غير مغلقة");
        assertThat(d.text()).contains(PARAGRAPH_1).contains(PARAGRAPH_2).contains("نهاية غير مغلقة");
    }

    @Test
    void fiveThousandNestedDivsAreReadWithoutError() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(5000)).append("<p>").append(PARAGRAPH_1).append("</p>").append("</div>".repeat(5000));
        html.append("<p>").append(PARAGRAPH_2).append("</p></body></html>");
        Document d = readOne("deep.html", html.toString());
        assertThat(d.text()).contains(PARAGRAPH_1).contains(PARAGRAPH_2);
    }

    @Test
    void megabyteAttributeIsReadWithoutError() throws IOException {
        String huge = "x".repeat(1024 * 1024);
        Document d = readOne("attr.html", "<html><body><div data-payload=\"" + huge + "\"><p>" + PARAGRAPH_1
                + "</p></div><img src=\"" + huge + "\"></body></html>");
        assertThat(d.text()).contains(PARAGRAPH_1).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void metaPublishedTimeSetsThePublicationDate() throws IOException {
        Document d = readOne("dated.html", "<html><head><meta property=\"article:published_time\" "
                + "content=\"2024-05-20T08:15:00+00:00\"><meta property=\"og:url\" content=\"https://example.org/n/1\">"
                + "</head><body><p>" + PARAGRAPH_1 + "</p></body></html>");
        assertThat(d.published()).isNotNull();
        assertThat(d.published().iso()).isEqualTo("2024-05-20");
        assertThat(d.published().precision()).isEqualTo(Precision.DAY);
        assertThat(d.url()).isEqualTo("https://example.org/n/1");
    }

    @Test
    void malformedMetaDateLeavesThePublicationDateUnknown() throws IOException {
        Document d = readOne("baddate.html", "<html><head><meta property=\"article:published_time\" content=\"yesterday\">"
                + "</head><body><p>" + PARAGRAPH_1 + "</p></body></html>");
        assertThat(d.published()).isNull();
        assertThat(d.text()).contains(PARAGRAPH_1);
    }

    @Test
    void pageWithoutArticleTextIsReportedAndTheOtherFilesAreRead() throws IOException {
        Path page = dir.resolve("chrome-only.html");
        Files.writeString(page, "<html><body><nav>القائمة</nav><script>var a;</script><footer>حقوق</footer></body></html>");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "خبر\n" + PARAGRAPH_1);
        List<Document> docs = new InputCollector(problems::add).read(List.of(page, good));
        assertThat(docs).extracting(Document::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("chrome-only.html").contains("no article text");
    }

    @Test
    void windows1256PageIsReadAsArabic() throws IOException {
        Path page = dir.resolve("legacy.htm");
        Files.write(page, ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + TextDecoderTest.ARABIC
                + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1256")));
        List<Document> docs = new InputCollector(problems::add).read(List.of(page));
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().extracting(Document::text).asString().contains(TextDecoderTest.ARABIC);
    }
}
