package org.marsad.app.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.ConfidenceFactor;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Evidence;
import org.marsad.engine.model.Location;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.PublicationEstimate;
import org.marsad.engine.time.TimeSpan;

/** Hand-built analyses whose events exercise the writers' edge cases (quotes, commas, newlines, no coordinates). */
final class OutputFixtures {
    /** The output contract of one event, as the README documents it, in order. */
    static final List<String> CONTRACT = List.of("doc_id", "event_id", "date", "date_end", "date_precision",
            "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "admin1",
            "country", "lat", "lon", "geo_precision", "fatalities", "status", "claimed_by", "suspected_actor", "evidence", "evidence_more",
            "confidence", "confidence_basis", "aggregate");

    static final String TEXT = "هجوم على قرية\n"
            + "قال \"شاهد عيان\"، إن مسلحين هاجموا القرية, وأحرقوا المنازل\nوقتلوا 3 أشخاص.\n"
            + "وفي اليوم التالي اعتقلت قوات الأمن مشتبها به.\n"
            + "وأعلنت جماعة مسلحة سيطرتها على موقع في المنطقة.";

    static final Location MOPTI = new Location("Mopti", "Mopti", "ML", 14.4843, -4.1827, 1, "ml-mopti");
    static final Location MALI_NO_COORDINATES = new Location(null, null, "ML", null, null, 3, "country-ml");

    private OutputFixtures() {
    }

    static Span spanOf(String passage) {
        int i = TEXT.indexOf(passage);
        if (i < 0) {
            throw new IllegalArgumentException("not in TEXT: " + passage);
        }
        return new Span(i, i + passage.length());
    }

    /** Three events: one located with coordinates, one without location, one located at country level without coordinates. */
    static DocumentAnalysis analysis() {
        Document doc = new Document("doc-1", "https://example.org/news/1", "هجوم على قرية", TEXT, TimeSpan.parseIso("2024-05-20"));
        ActorRef gunmen = new ActorRef("unidentified", "Unidentified Armed Group (Mali)");
        ActorRef civilians = new ActorRef("@civilians", "Civilians (Mali)");
        ActorRef militia = new ActorRef("dozo", "Dozo Communal Militia, \"Dan Na Ambassagou\"");
        ActorRef police = new ActorRef("mali-police", "Police Forces of Mali");
        List<Event> events = new ArrayList<>();
        events.add(new Event("doc-1", "doc-1#1", TimeSpan.parseIso("2024-05-19"), EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK, gunmen, civilians, List.of(militia), MOPTI, 3, Status.REPORTED, null, null,
                Evidence.of(TEXT, spanOf("قال \"شاهد عيان\"، إن مسلحين هاجموا القرية, وأحرقوا المنازل\nوقتلوا 3 أشخاص.")),
                0.9, false, List.of(), List.of(ConfidenceFactor.TYPED_WORD, ConfidenceFactor.OWN_DATE, ConfidenceFactor.TOLL)));
        events.add(new Event("doc-1", "doc-1#2", null, EventType.STRATEGIC_DEVELOPMENTS, SubEventType.ARRESTS,
                police, null, List.of(), null, null, Status.REPORTED, null, null,
                Evidence.of(TEXT, spanOf("اعتقلت قوات الأمن مشتبها به.")), 0.55, false));
        events.add(new Event("doc-1", "doc-1#3", TimeSpan.parseIso("2024-05"), EventType.BATTLES,
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, gunmen, null, List.of(), MALI_NO_COORDINATES, null,
                Status.CLAIMED, gunmen, null, Evidence.of(TEXT, spanOf("وأعلنت جماعة مسلحة سيطرتها على موقع في المنطقة.")),
                0.6, false));
        return new DocumentAnalysis(doc, PublicationEstimate.given(doc.published()), "ML", List.of(), List.of(), List.of(),
                List.of(), events);
    }

    static String write(EventWriter writer, List<DocumentAnalysis> analyses) {
        StringBuilder out = new StringBuilder();
        try {
            writer.write(analyses, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, String> textsById(List<DocumentAnalysis> analyses) {
        Map<String, String> m = new java.util.HashMap<>();
        analyses.forEach(a -> m.put(a.document().id(), a.document().text()));
        return m;
    }
}
