package org.marsad.engine.fusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.engine.model.ContentId;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Location;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.Precision;

/**
 * Fuses events from different documents that describe the same incident. Pure and order-independent: the input
 * is put in a fixed order first, so any arrival order gives the same fused events.
 *
 * <p>Two events are the same incident when they come from different documents and either report the same thing
 * in the same words (same sub-event type and the same evidence text: a copy under another document id), or all of:
 * <ul>
 *   <li>compatible types: the same type, or both political violence (battles, explosions/remote violence,
 *       violence against civilians), whose boundaries sources draw differently;</li>
 *   <li>dates that agree: within a day of each other when both are known to the day, overlapping spans
 *       otherwise; an unknown date never agrees;</li>
 *   <li>the same place: the same gazetteer id, or both within {@value #NEAR_KM} km, or the same admin1 when one of
 *       them is only known to the region (ACLED geo precision 3);</li>
 *   <li>compatible actors: they share a named actor, or one side names none (unidentified gunmen).</li>
 * </ul>
 * A denial with no date of its own answers a rumour, a speculation or a claim another document made: the same
 * sub-event type, done by the same named actor, in the same country, is one story told then denied (the seeds'
 * "وحدة المسلمين" faction, rumoured in one article and called guesswork in the next).
 * Pairs are joined most similar first (same words, then same sub-type and day, then the rest); a group never takes
 * two events of one document, since extraction kept those apart on purpose.
 *
 * <p>Fatalities follow ACLED's conservative rule: the fused figure is the lowest figure of a source that is not
 * a belligerent's own claim; a claimed figure is used only when no other source gives one. Every source's own
 * figure stays on its event, and the low and high figures are kept beside the fused one.
 *
 * <p>Ids: {@code fev-} and 12 hex digits of a SHA-256 of the first source's content key (sub-event type, date,
 * place id and evidence text, with no document id), the first source being the least one in the fixed order.
 * Content rather than document ids, so that the same text read under another id fuses into the same id, and
 * runs over the same input give the same ids.
 */
public final class EventFuser {
    static final double NEAR_KM = 25;
    private static final double EARTH_KM = 6371.0;

    /** A fixed order of events independent of arrival: content first, then document and id. */
    static final Comparator<Event> ORDER = Comparator
            .comparing((Event e) -> e.date() == null ? "" : e.date().start().toString())
            .thenComparing(e -> e.subType().label())
            .thenComparing(e -> e.evidence().text())
            .thenComparing(Event::docId)
            .thenComparing(e -> e.evidence().span())
            .thenComparing(Event::eventId);

    public List<FusedEvent> fuse(Collection<Event> events) {
        List<Event> in = new ArrayList<>(events);
        in.sort(ORDER);
        int n = in.size();
        int[] parent = new int[n];
        List<Set<String>> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Set<String> d = new HashSet<>();
            d.add(in.get(i).docId());
            docs.add(d);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int score = similarity(in.get(i), in.get(j));
                if (score > 0) {
                    pairs.add(new int[] {score, i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((int[] p) -> -p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
        for (int[] p : pairs) {
            int a = find(parent, p[1]);
            int b = find(parent, p[2]);
            if (a == b || docs.get(a).stream().anyMatch(docs.get(b)::contains)) {
                continue;
            }
            int root = Math.min(a, b);
            int other = Math.max(a, b);
            parent[other] = root;
            docs.get(root).addAll(docs.get(other));
        }
        List<List<Event>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (groupOf[r] < 0) {
                groupOf[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[r]).add(in.get(i));
        }
        List<FusedEvent> out = new ArrayList<>();
        for (List<Event> g : groups) {
            out.add(fused(g));
        }
        return List.copyOf(out);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** 0: not the same incident; higher: more alike. */
    static int similarity(Event a, Event b) {
        if (a.docId().equals(b.docId())) {
            return 0;
        }
        if (a.subType() == b.subType() && a.evidence().text().equals(b.evidence().text())) {
            return sameActors(a, b) && java.util.Objects.equals(a.date(), b.date()) ? 4 : 3;
        }
        if (answersUnconfirmed(a, b) || answersUnconfirmed(b, a)) {
            return 1;
        }
        if (!compatibleTypes(a.type(), b.type()) || !datesAgree(a, b) || !samePlace(a.location(), b.location())
                || !compatibleActors(a, b)) {
            return 0;
        }
        return a.subType() == b.subType() ? 2 : 1;
    }

    /** Whether {@code denial}, undated, denies what {@code report} gave as unconfirmed: same act, same doer, same country. */
    static boolean answersUnconfirmed(Event denial, Event report) {
        boolean unconfirmed = report.status() == Status.RUMOR || report.status() == Status.SPECULATION
                || report.status() == Status.CLAIMED;
        return denial.status() == Status.DENIED && denial.date() == null && unconfirmed
                && denial.subType() == report.subType() && denial.actor1() != null
                && !denial.actor1().id().startsWith("unidentified") && denial.actor1().equals(report.actor1())
                && denial.location() != null && report.location() != null
                && java.util.Objects.equals(denial.location().country(), report.location().country());
    }

    private static boolean sameActors(Event a, Event b) {
        return java.util.Objects.equals(a.actor1(), b.actor1()) && java.util.Objects.equals(a.actor2(), b.actor2());
    }

    static boolean compatibleTypes(EventType a, EventType b) {
        return a == b || (violent(a) && violent(b));
    }

    private static boolean violent(EventType t) {
        return t == EventType.BATTLES || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    static boolean datesAgree(Event a, Event b) {
        if (a.date() == null || b.date() == null) {
            return false;
        }
        if (a.date().precision() == Precision.DAY && b.date().precision() == Precision.DAY) {
            return Math.abs(a.date().start().toEpochDay() - b.date().start().toEpochDay()) <= 1;
        }
        return !a.date().end().isBefore(b.date().start()) && !b.date().end().isBefore(a.date().start());
    }

    static boolean samePlace(Location a, Location b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.placeId() != null && a.placeId().equals(b.placeId())) {
            return true;
        }
        if (a.lat() != null && b.lat() != null && kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_KM) {
            return true;
        }
        boolean coarse = a.geoPrecision() == 3 || b.geoPrecision() == 3;
        return coarse && a.admin1() != null && a.admin1().equals(b.admin1()) && a.country().equals(b.country());
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static boolean compatibleActors(Event a, Event b) {
        Set<String> x = named(a);
        Set<String> y = named(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (String id : x) {
            if (y.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> named(Event e) {
        Set<String> out = new HashSet<>();
        for (ActorRef r : java.util.Arrays.asList(e.actor1(), e.actor2())) {
            if (r != null && !r.id().startsWith("unidentified")) {
                out.add(r.id());
            }
        }
        return out;
    }

    private static FusedEvent fused(List<Event> group) {
        group.sort(ORDER);
        Event first = group.get(0);
        Event precise = group.stream().min(Comparator
                .comparing((Event e) -> e.date() == null ? Precision.UNKNOWN : e.date().precision())
                .thenComparingInt(e -> e.location() == null ? 9 : e.location().geoPrecision())
                .thenComparing(ORDER)).orElse(first);
        Event geo = group.stream().min(Comparator
                .comparingInt((Event e) -> e.location() == null ? 9 : e.location().geoPrecision())
                .thenComparing(ORDER)).orElse(first);
        Status status = status(group);
        FusedEvent.Fatalities f = fatalities(group);
        String id = "fev-" + ContentId.of(contentKey(first));
        // the surest source's confidence, with the evidence it rests on
        Event surest = group.stream().max(Comparator.comparingDouble(Event::confidence).thenComparing(ORDER.reversed()))
                .orElse(first);
        Event value = new Event(first.docId(), id, precise.date(), precise.type(), precise.subType(), precise.actor1(),
                precise.actor2(), precise.assocActors(), geo.location(), f.fused(), status, precise.claimedBy(),
                precise.suspectedActor(), first.evidence(), surest.confidence(), group.stream().anyMatch(Event::aggregate),
                List.of(), surest.confidenceBasis());
        return new FusedEvent(id, value, group, f);
    }

    /**
     * The incident's status across its sources: reported when any source reports it; else denied when a source
     * denies it (a claim or a rumour shown false); else the strongest of claim, rumour and speculation.
     */
    static Status status(List<Event> group) {
        return group.stream().map(Event::status).min(Comparator.comparingInt(EventFuser::statusRank)).orElseThrow();
    }

    /** Reported facts outrank a denial, which settles a claim, a rumour or a speculation. */
    private static int statusRank(Status s) {
        return switch (s) {
            case REPORTED -> 0;
            case DENIED -> 1;
            case CLAIMED -> 2;
            case RUMOR -> 3;
            case SPECULATION -> 4;
        };
    }

    static FusedEvent.Fatalities fatalities(List<Event> group) {
        Integer low = null;
        Integer high = null;
        Integer credible = null;
        Integer claimed = null;
        for (Event e : group) {
            Integer f = e.fatalities();
            if (f == null) {
                continue;
            }
            low = low == null ? f : Math.min(low, f);
            high = high == null ? f : Math.max(high, f);
            if (e.status() == Status.CLAIMED) {
                claimed = claimed == null ? f : Math.min(claimed, f);
            } else if (e.status() == Status.REPORTED) {
                credible = credible == null ? f : Math.min(credible, f);
            }
        }
        return new FusedEvent.Fatalities(low, credible != null ? credible : claimed, high);
    }

    static String contentKey(Event e) {
        return e.subType().label() + "|" + (e.date() == null ? "" : e.date().iso() + "/" + e.date().precision().label()) + "|"
                + (e.location() == null ? "" : e.location().placeId()) + "|" + e.evidence().text();
    }

}
