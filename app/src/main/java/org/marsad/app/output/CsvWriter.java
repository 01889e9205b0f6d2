package org.marsad.app.output;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;

/**
 * ACLED's columns, in ACLED's order, where a column applies to a single-source extraction
 * (event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1,
 * assoc_actor_1, inter1, actor2, …, source, notes, fatalities), then Marsad's own columns. RFC 4180 quoting.
 */
public final class CsvWriter implements EventWriter {
    static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities");
    static final List<String> MARSAD = List.of("doc_id", "country_code", "date_end", "date_precision", "status", "claimed_by",
            "suspected_actor", "evidence_start", "evidence_end", "confidence", "confidence_basis", "aggregate");

    @Override
    public void write(List<DocumentAnalysis> analyses, Appendable out) throws IOException {
        row(out, concat());
        for (DocumentAnalysis a : analyses) {
            for (Event e : a.events()) {
                Map<String, Object> r = EventRecord.of(e);
                String date = (String) r.get("date");
                row(out, List.of(
                        s(r.get("event_id")), s(date), date == null ? "" : date.substring(0, 4), s(r.get("time_precision")),
                        s(r.get("event_type")), s(r.get("sub_event_type")), s(r.get("actor1")),
                        String.join("; ", e.assocActors().stream().map(x -> x.name()).toList()), s(r.get("actor2")),
                        countryName((String) r.get("country")), s(r.get("admin1")), s(r.get("location")), s(r.get("lat")), s(r.get("lon")),
                        s(r.get("geo_precision")), s(a.document().url() != null ? a.document().url() : a.document().id()),
                        e.evidence().text(), s(r.get("fatalities")),
                        s(r.get("doc_id")), s(r.get("country")), s(r.get("date_end")), s(r.get("date_precision")), s(r.get("status")),
                        s(r.get("claimed_by")), s(r.get("suspected_actor")), String.valueOf(e.evidence().span().start()),
                        String.valueOf(e.evidence().span().end()), s(r.get("confidence")),
                        String.join("|", EventRecord.basis(e)), s(r.get("aggregate"))));
            }
        }
    }

    private static List<String> concat() {
        List<String> all = new java.util.ArrayList<>(ACLED);
        all.addAll(MARSAD);
        return all;
    }

    /** ACLED writes the country's English name; Ivory Coast is its spelling of Côte d'Ivoire. */
    static String countryName(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals("CI")) {
            return "Ivory Coast";
        }
        String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
