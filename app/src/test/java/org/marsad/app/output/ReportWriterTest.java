package org.marsad.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.app.TestSupport;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;

class ReportWriterTest {
    @Test
    void printsTheArabicEvidenceOfEveryEvent() {
        List<DocumentAnalysis> samples = TestSupport.sampleAnalyses();
        String report = OutputFixtures.write(new ReportWriter(), samples);
        for (DocumentAnalysis a : samples) {
            for (Event e : a.events()) {
                String ev = e.evidence().text().replace('\n', ' ');
                String shown = ev.length() > 300 ? ev.substring(0, 300) : ev;
                assertThat(report).contains("«" + shown);
                assertThat(report).contains("[" + e.evidence().span().start() + ", " + e.evidence().span().end() + ")");
            }
        }
    }

    @Test
    void multiLineEvidenceIsPrintedOnOneLine() {
        String report = OutputFixtures.write(new ReportWriter(), List.of(OutputFixtures.analysis()));
        assertThat(report).contains("«قال \"شاهد عيان\"، إن مسلحين هاجموا القرية, وأحرقوا المنازل وقتلوا 3 أشخاص.»");
    }

    @Test
    void printsEachDocumentWithItsTitleAndPublicationDate() {
        String report = OutputFixtures.write(new ReportWriter(), TestSupport.sampleAnalyses());
        assertThat(report).contains("== " + TestSupport.SAMPLE_000 + " — تحالف القاعدة وداعش في منطقة الساحل الأفريقي");
        assertThat(report).contains("== " + TestSupport.SAMPLE_002);
        assertThat(report).contains("published: 2023-09 (inferred").contains("published: 2024-05 (inferred");
    }

    @Test
    void printsTheEventFields() {
        String report = OutputFixtures.write(new ReportWriter(), List.of(OutputFixtures.analysis()));
        assertThat(report).contains("published: 2024-05-20 (given)")
                .contains("2024-05-19 (day)  Violence against civilians / Attack")
                .contains("Unidentified Armed Group (Mali)  ⟶  Civilians (Mali)")
                .contains("at Mopti, Mopti (ML, geo 1)")
                .contains("fatalities: 3")
                .contains("date unknown")
                .contains("status: claimed (claimed by Unidentified Armed Group (Mali))");
    }

    @Test
    void numbersUseADecimalPointWhateverTheDefaultLocale() {
        java.util.Locale old = java.util.Locale.getDefault();
        String report;
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            report = OutputFixtures.write(new ReportWriter(), List.of(OutputFixtures.analysis()));
        } finally {
            java.util.Locale.setDefault(old);
        }
        assertThat(report).contains("14.4843, -4.1827").contains("confidence 0.90 (typed-word, own-date, toll)");
    }

    @Test
    void endsWithTheEventAndDocumentCount() {
        String report = OutputFixtures.write(new ReportWriter(), List.of(OutputFixtures.analysis()));
        assertThat(report).endsWith("3 events in 1 document\n");
    }
}
