package org.marsad.engine.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Evidence;
import org.marsad.engine.model.Location;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.TimeSpan;

class EventFuserTest {
    private static final ActorRef JNIM = new ActorRef("jnim", "JNIM");
    private static final ActorRef ARMY = new ActorRef("mali-military", "Military Forces of Mali");
    private static final Location BER = new Location("Ber", "Timbuktu", "ML", 16.2, -3.4, 1, "ml-ber");
    private static final Location TIMBUKTU_REGION = new Location(null, "Timbuktu", "ML", null, null, 3, "ml-timbuktu");

    private static Event event(String doc, int n, String date, Location where, Integer dead, Status status, String text) {
        return new Event(doc, doc + "#" + n, TimeSpan.parseIso(date), EventType.BATTLES, SubEventType.ARMED_CLASH, JNIM, ARMY,
                List.of(), where, dead, status, status == Status.CLAIMED ? JNIM : null, null,
                new Evidence(new Span(0, text.length()), text), 0.8, false);
    }

    private static List<Event> seedEvents(String prefix) throws IOException {
        List<Event> out = new ArrayList<>();
        for (String name : List.of("000_69c15cc7d85e93ce.txt", "002_fbbec74911f56db4.txt")) {
            try (InputStream in = EventFuserTest.class.getResourceAsStream("/seeds/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.addAll(TestKnowledge.analyzer().analyze(new Document(prefix + name, null, null, text, null)).events());
            }
        }
        return out;
    }

    @Test
    void reportsOfOneClashFromTwoDocumentsFuseKeepingEverySource() {
        Event a = event("d1", 1, "2023-08-12", BER, 12, Status.REPORTED, "clash at Ber");
        Event b = event("d2", 1, "2023-08-13", TIMBUKTU_REGION, 40, Status.CLAIMED, "JNIM says it killed 40");
        List<FusedEvent> fused = new EventFuser().fuse(List.of(a, b));
        assertThat(fused).singleElement().satisfies(f -> {
            assertThat(f.sources()).containsExactlyInAnyOrder(a, b);
            assertThat(f.fatalities()).isEqualTo(new FusedEvent.Fatalities(12, 12, 40));
            assertThat(f.event().location()).isEqualTo(BER);
            assertThat(f.event().status()).isEqualTo(Status.REPORTED);
        });
    }

    @Test
    void aBelligerentsClaimIsTheFusedFigureOnlyWhenNothingElseIs() {
        Event a = event("d1", 1, "2023-08-12", BER, null, Status.REPORTED, "clash at Ber");
        Event b = event("d2", 1, "2023-08-12", BER, 40, Status.CLAIMED, "JNIM says it killed 40");
        Event c = event("d3", 1, "2023-08-12", BER, 35, Status.CLAIMED, "JNIM says 35");
        assertThat(new EventFuser().fuse(List.of(a, b, c))).singleElement()
                .satisfies(f -> assertThat(f.fatalities()).isEqualTo(new FusedEvent.Fatalities(35, 35, 40)));
    }

    @Test
    void eventsDaysApartOrFarApartStaySeparate() {
        Event a = event("d1", 1, "2023-08-12", BER, 1, Status.REPORTED, "a");
        Event b = event("d2", 1, "2023-08-15", BER, 1, Status.REPORTED, "b");
        Event c = event("d3", 1, "2023-08-12", new Location("Kidal", "Kidal", "ML", 18.44, 1.41, 1, "ml-kidal"), 1, Status.REPORTED, "c");
        assertThat(new EventFuser().fuse(List.of(a, b, c))).hasSize(3);
    }

    @Test
    void twoEventsOfOneDocumentAreNeverMerged() {
        Event a = event("d1", 1, "2023-08-12", BER, 1, Status.REPORTED, "a");
        Event b = event("d1", 2, "2023-08-12", BER, 2, Status.REPORTED, "b");
        Event c = event("d2", 1, "2023-08-12", BER, 3, Status.REPORTED, "c");
        List<FusedEvent> fused = new EventFuser().fuse(List.of(a, b, c));
        assertThat(fused).hasSize(2);
        assertThat(fused).allSatisfy(f -> assertThat(f.sources().stream().map(Event::docId).distinct().count())
                .isEqualTo(f.sources().size()));
    }

    @Test
    void fusingInAnyOrderGivesTheSameResult() throws IOException {
        List<Event> events = new ArrayList<>(seedEvents(""));
        events.addAll(seedEvents("copy-"));
        List<FusedEvent> expected = new EventFuser().fuse(events);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, random);
            assertThat(new EventFuser().fuse(events)).isEqualTo(expected);
        }
    }

    @Test
    void theSameTextUnderAnotherIdFusesWithTheSameIds() throws IOException {
        List<Event> once = seedEvents("");
        List<Event> twice = new ArrayList<>(once);
        twice.addAll(seedEvents("copy-"));
        List<FusedEvent> a = new EventFuser().fuse(once);
        List<FusedEvent> b = new EventFuser().fuse(twice);
        assertThat(b).hasSameSizeAs(a);
        assertThat(b).extracting(FusedEvent::id).containsExactlyInAnyOrderElementsOf(a.stream().map(FusedEvent::id).toList());
        // each fused event holds every original once and its copy once (different seeds may fuse together)
        assertThat(b).allSatisfy(f -> {
            assertThat(f.sources().size() % 2).isZero();
            assertThat(f.sources().stream().filter(e -> e.docId().startsWith("copy-")).count() * 2).isEqualTo(f.sources().size());
        });
    }

    @Test
    void anUndatedDenialSettlesTheRumourAnotherDocumentSpread() {
        Location mali = new Location("Mali", null, "ML", null, null, 3, "country-ML");
        Event rumour = new Event("d1", "d1#1", TimeSpan.parseIso("2023-08-31"), EventType.STRATEGIC_DEVELOPMENTS,
                SubEventType.CHANGE_TO_GROUP_ACTIVITY, JNIM, null, List.of(), mali, null, Status.RUMOR, null, null,
                new Evidence(new Span(0, 7), "rumour"), 0.5, false);
        Event denial = new Event("d2", "d2#1", null, EventType.STRATEGIC_DEVELOPMENTS,
                SubEventType.CHANGE_TO_GROUP_ACTIVITY, JNIM, null, List.of(), mali, null, Status.DENIED, null, null,
                new Evidence(new Span(0, 6), "denial"), 0.6, false);
        Event otherGroup = new Event("d3", "d3#1", null, EventType.STRATEGIC_DEVELOPMENTS,
                SubEventType.CHANGE_TO_GROUP_ACTIVITY, ARMY, null, List.of(), mali, null, Status.DENIED, null, null,
                new Evidence(new Span(0, 5), "other"), 0.6, false);
        List<FusedEvent> fused = new EventFuser().fuse(List.of(rumour, denial, otherGroup));
        assertThat(fused).hasSize(2);
        assertThat(fused).filteredOn(f -> f.sources().size() == 2).singleElement().satisfies(f -> {
            assertThat(f.sources()).containsExactlyInAnyOrder(rumour, denial);
            assertThat(f.event().status()).isEqualTo(Status.DENIED);
            assertThat(f.event().date()).isEqualTo(rumour.date());
        });
    }

    @Test
    void aReportedIncidentStaysReportedWhatEverAnotherSourceDenies() {
        Event a = event("d1", 1, "2023-08-12", BER, 12, Status.REPORTED, "clash at Ber");
        Event b = event("d2", 1, "2023-08-12", BER, null, Status.DENIED, "the army denies");
        Event c = event("d3", 1, "2023-08-12", BER, 40, Status.CLAIMED, "JNIM says it killed 40");
        assertThat(EventFuser.status(List.of(a, b, c))).isEqualTo(Status.REPORTED);
        assertThat(EventFuser.status(List.of(b, c))).isEqualTo(Status.DENIED);
    }
}
