package org.marsad.app.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.app.TestSupport;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;

class CsvWriterTest {
    /** ACLED's export columns in ACLED's order (codebook); Marsad writes those that apply, in this order. */
    private static final List<String> ACLED_ORDER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
            "timestamp");

    /** A strict RFC 4180 reader: CRLF records, fields quoted when they hold a comma, quote, CR or LF, quotes doubled. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = csv.charAt(i);
                    if (q == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                fieldStart = false;
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                cell.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new IllegalArgumentException("last record lacks CRLF");
        }
        return rows;
    }

    @Test
    void testParserFollowsRfc4180() {
        assertThat(parse("a,\"b,c\",\"d\"\"e\",\"f\r\ng\"\r\n1,,3,\r\n"))
                .containsExactly(List.of("a", "b,c", "d\"e", "f\r\ng"), List.of("1", "", "3", ""));
        assertThatThrownBy(() -> parse("a,b\"c\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("a,b\nc\r\n")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> rows(List<DocumentAnalysis> analyses) {
        return parse(OutputFixtures.write(new CsvWriter(), analyses));
    }

    @Test
    void headerStartsWithAcledColumns() {
        List<String> header = rows(List.of(OutputFixtures.analysis())).get(0);
        assertThat(header.subList(0, 18)).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
                "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location",
                "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
    }

    @Test
    void acledColumnsKeepAcledsOrder() {
        List<String> header = rows(List.of(OutputFixtures.analysis())).get(0);
        List<String> acled = header.stream().filter(ACLED_ORDER::contains).toList();
        assertThat(ACLED_ORDER).containsSubsequence(acled);
        assertThat(header.subList(0, acled.size())).isEqualTo(acled);
    }

    @Test
    void marsadColumnsFollowTheAcledOnes() {
        List<String> header = rows(List.of(OutputFixtures.analysis())).get(0);
        assertThat(header).endsWith("doc_id", "country_code", "date_end", "date_precision", "status", "claimed_by", "suspected_actor",
                "evidence_start", "evidence_end", "confidence", "confidence_basis", "aggregate");
        assertThat(header).doesNotHaveDuplicates();
    }

    @Test
    void countryColumnHoldsTheNameAsAcledWritesIt() {
        assertThat(CsvWriter.countryName("ML")).isEqualTo("Mali");
        assertThat(CsvWriter.countryName("BF")).isEqualTo("Burkina Faso");
        assertThat(CsvWriter.countryName("CI")).isEqualTo("Ivory Coast");
    }

    @Test
    void quotesAreDoubledAndTheFieldQuoted() {
        String csv = OutputFixtures.write(new CsvWriter(), List.of(OutputFixtures.analysis()));
        assertThat(csv).contains("\"قال \"\"شاهد عيان\"\"، إن مسلحين");
        assertThat(csv).contains("\"Dozo Communal Militia, \"\"Dan Na Ambassagou\"\"\"");
    }

    @Test
    void fieldsWithCommasAndNewlinesRoundTrip() {
        List<List<String>> rows = rows(List.of(OutputFixtures.analysis()));
        List<String> header = rows.get(0);
        List<String> first = rows.get(1);
        Event e = OutputFixtures.analysis().events().get(0);
        assertThat(first.get(header.indexOf("notes"))).isEqualTo(e.evidence().text()).contains(",").contains("\n");
        assertThat(first.get(header.indexOf("assoc_actor_1"))).isEqualTo("Dozo Communal Militia, \"Dan Na Ambassagou\"");
    }

    @Test
    void handBuiltEventFillsItsColumns() {
        List<List<String>> rows = rows(List.of(OutputFixtures.analysis()));
        List<String> h = rows.get(0);
        List<String> r = rows.get(1);
        assertThat(r.get(h.indexOf("event_id_cnty"))).isEqualTo("doc-1#1");
        assertThat(r.get(h.indexOf("event_date"))).isEqualTo("2024-05-19");
        assertThat(r.get(h.indexOf("year"))).isEqualTo("2024");
        assertThat(r.get(h.indexOf("time_precision"))).isEqualTo("1");
        assertThat(r.get(h.indexOf("sub_event_type"))).isEqualTo("Attack");
        assertThat(r.get(h.indexOf("latitude"))).isEqualTo("14.4843");
        assertThat(r.get(h.indexOf("longitude"))).isEqualTo("-4.1827");
        assertThat(r.get(h.indexOf("source"))).isEqualTo("https://example.org/news/1");
        assertThat(r.get(h.indexOf("fatalities"))).isEqualTo("3");
        List<String> undated = rows.get(2);
        assertThat(undated.get(h.indexOf("event_date"))).isEmpty();
        assertThat(undated.get(h.indexOf("year"))).isEmpty();
        assertThat(undated.get(h.indexOf("latitude"))).isEmpty();
    }

    @Test
    void everyRecordHasTheHeaderWidthAndEndsWithCrlf() {
        List<DocumentAnalysis> samples = TestSupport.sampleAnalyses();
        String csv = OutputFixtures.write(new CsvWriter(), samples);
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = parse(csv);
        int events = samples.stream().mapToInt(a -> a.events().size()).sum();
        assertThat(rows).hasSize(events + 1);
        int width = rows.get(0).size();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(width));
    }

    @Test
    void notesAreTheEvidenceAtTheGivenOffsets() {
        List<DocumentAnalysis> samples = TestSupport.sampleAnalyses();
        Map<String, String> texts = OutputFixtures.textsById(samples);
        List<List<String>> rows = rows(samples);
        List<String> h = rows.get(0);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            String text = texts.get(r.get(h.indexOf("doc_id")));
            int start = Integer.parseInt(r.get(h.indexOf("evidence_start")));
            int end = Integer.parseInt(r.get(h.indexOf("evidence_end")));
            assertThat(r.get(h.indexOf("notes"))).isEqualTo(text.substring(start, end));
        });
    }
}
