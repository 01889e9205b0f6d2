package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.model.Location;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.TimeSpan;

/**
 * An event as read from one clause, before clauses about the same incident are merged.
 *
 * @param lastSentence the last sentence (and {@code lastParagraph} its paragraph) that told this incident: a clause
 *                     close after it may go on telling it
 * @param ownDate  the clause names its own date (it did not inherit one)
 * @param priority the trigger's priority: how specific the event word is
 * @param summary  a lead summing up separate attacks ("في هجومين منفصلين")
 * @param newItem  the clause opens with "كما", "وفي سياق متصل", "إلى ذلك": another item, not more of the last
 * @param related  passages about the same incident merged into this one that do not touch its evidence
 * @param civilianShare the civilians' part of {@code fatalities} when the toll counts them and the soldiers beside
 *                  them separately: the incident is then split by target (see {@link #splitByTarget})
 * @param vagueDate the clause's own date is a vague span ("مؤخرا", "قبل أيام"): it dates, but does not pin, an incident
 * @param associated actors on actor1's side ("بالتنسيق مع القوات المسلحة المالية"): ACLED's associated actors
 */
record EventDraft(int sentence, int paragraph, int lastSentence, int lastParagraph, int trigger, Span evidence, SubEventType subType, int priority,
                  Actor actor1, Actor actor2, Actor suspected, Location location, boolean ownPlace, TimeSpan date,
                  boolean ownDate, Integer fatalities, Integer civilianShare, Status status, Actor claimedBy, boolean aggregate,
                  boolean anaphoric, boolean vagueDate, boolean newItem, boolean summary, List<Span> related,
                  List<Actor> associated) {

    EventDraft {
        related = List.copyOf(related);
        associated = List.copyOf(associated);
        if (actor2 != null && actor1 != null && same(actor1, actor2)) {
            actor2 = null; // however clauses were merged, no side fights or hits itself
        }
    }

    /** This event with its missing toll, actors and place taken from a headline about the same incident. */
    EventDraft filledFrom(EventDraft headline) {
        boolean placeGap = !ownPlace && headline.ownPlace;
        // "الجيش النيجري يعلن مقتل 17 جنديا في كمين": the headline's announcer is no doer the body has as its target
        boolean doer = !named(actor1) && headline.actor1 != null && !same(headline.actor1, actor2);
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, subType, priority,
                doer ? headline.actor1 : actor1,
                actor2 != null ? actor2 : headline.actor2, suspected, placeGap ? headline.location : location,
                ownPlace || placeGap, date, ownDate, fatalities != null ? fatalities : headline.fatalities,
                fatalities != null ? civilianShare : headline.civilianShare, status,
                claimedBy != null ? claimedBy : headline.claimedBy, aggregate, anaphoric, vagueDate, newItem, summary, related, associated);
    }

    /** The place a merged event keeps: its own named place, else the finer of the two (a region over the country). */
    private static Location moreSpecific(Location mine, Location theirs, boolean own) {
        if (own || theirs == null) {
            return mine;
        }
        return rank(theirs) > rank(mine) ? theirs : mine;
    }

    private static int rank(Location l) {
        if (l == null) {
            return 0;
        }
        if (l.placeId() == null || l.placeId().startsWith("country-")) {
            return 1;
        }
        return l.geoPrecision() == 3 ? 2 : 3;
    }

    /**
     * {@code a.equals(b)} for a non-null {@code a}, deciding on the ids first: the record's own equals compares the
     * country lists before anything else, and the event stage compares actors for every pair of drafts.
     */
    static boolean same(Actor a, Actor b) {
        return a == b || b != null && java.util.Objects.equals(a.id(), b.id()) && a.equals(b);
    }

    /** A real actor, not the placeholder for gunmen nobody named. */
    private static boolean named(Actor a) {
        return a != null && !a.category().equals("unidentified");
    }

    /** This event dated by the order of the story (not its own date: the text does not state it). */
    EventDraft datedAs(TimeSpan when) {
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, subType, priority, actor1, actor2, suspected,
                location, ownPlace, when, false, fatalities, civilianShare, status, claimedBy, aggregate, anaphoric, vagueDate, newItem,
                summary, related, associated);
    }

    /** This event with another status (denied by a later sentence). */
    EventDraft withStatus(Status newStatus) {
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, subType, priority, actor1, actor2, suspected,
                location, ownPlace, date, ownDate, fatalities, civilianShare, newStatus, claimedBy, aggregate, anaphoric, vagueDate,
                newItem, summary, related, associated);
    }

    /** This event placed at a town a following sentence names. */
    EventDraft placedAt(Location town) {
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, subType, priority, actor1, actor2, suspected, town,
                true, date, ownDate, fatalities, civilianShare, status, claimedBy, aggregate, anaphoric, vagueDate, newItem, summary, related, associated);
    }

    /**
     * The incident as ACLED codes it when its toll counts civilians and armed defenders separately ("قتل فيه 35
     * مدنيا … وسبعة عسكريين") and the civilians are at least half the dead: a clash with the armed side and an
     * attack on the civilians, each with its own dead.
     *
     * @param civilians the civilians' actor; {@code forces} the state's forces, when no armed side is named
     */
    List<EventDraft> splitByTarget(Actor civilians, Actor forces) {
        // civilians killed beside a larger number of fighters fell in the battle ("خمسة متطوعين ومدني" is one clash)
        boolean splits = civilianShare != null && fatalities != null && civilianShare > 0 && civilianShare < fatalities
                && 2 * civilianShare >= fatalities
                && (subType == SubEventType.ATTACK || subType == SubEventType.ARMED_CLASH) && civilians != null;
        if (!splits) {
            return List.of(this);
        }
        Actor armedSide = actor2 != null && !actor2.isCivilian() ? actor2 : forces;
        return List.of(part(SubEventType.ARMED_CLASH, armedSide, fatalities - civilianShare),
                part(SubEventType.ATTACK, civilians, civilianShare));
    }

    private EventDraft part(SubEventType type, Actor target, int dead) {
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, type, priority, actor1, target == actor1 ? null : target,
                suspected, location, ownPlace, date, ownDate, dead, null, status, claimedBy, aggregate, anaphoric, vagueDate,
                newItem, summary, related, associated);
    }

    /** A claim that another clause of the same incident confirms from an independent source is reported. */
    static Status mergedStatus(Status a, Status b) {
        if ((a == Status.CLAIMED && b == Status.REPORTED) || (a == Status.REPORTED && b == Status.CLAIMED)) {
            return Status.REPORTED;
        }
        return a;
    }

    /**
     * Whether the text ties this event to a particular incident: its own date, its own place or a toll, or a
     * denial. Statements with none of these ("the group controls vast areas") are background, not events.
     */
    boolean anchored() {
        if (actor1 == null && (subType == SubEventType.AGREEMENT || subType == SubEventType.CHANGE_TO_GROUP_ACTIVITY)) {
            return false; // an agreement or a change of a group nobody is named for cannot be coded
        }
        if (status == Status.DENIED && actor1 != null
                && (subType == SubEventType.AGREEMENT || subType == SubEventType.CHANGE_TO_GROUP_ACTIVITY)) {
            // a denied truce or merger answers one particular report ("تبين أن تشكل فصيل جديد … مجرد تخمينات"): it is
            // coded even with no date or place, so that the rumour it answers can be found denied
            return true;
        }
        // an earlier incident recalled without its date ("وكانت … قد أعلنت إسقاط مروحية") still stands when its
        // event word is specific
        boolean recalledSpecific = ownDate && date == null && priority >= RECALLED_PRIORITY;
        return (ownDate && date != null && !vagueDate) || ownPlace || fatalities != null || recalledSpecific;
    }

    /**
     * "…، وقبلها قتلت عشرة عناصر": a verb with no subject of its own continues the subject of the
     * previous clause of the same sentence.
     */
    EventDraft withImplicitSubject(EventDraft previous) {
        return withImplicitSubject(previous.actor1);
    }

    /** This event done by {@code subject} when the clause names no doer of its own (and the subject is not its target). */
    EventDraft withImplicitSubject(Actor subject) {
        if ((actor1 != null && !actor1.category().equals("unidentified")) || subject == null || same(subject, actor2)) {
            return this;
        }
        return new EventDraft(sentence, paragraph, lastSentence, lastParagraph, trigger, evidence, subType, priority, subject, actor2,
                suspected, location, ownPlace, date, ownDate, fatalities, civilianShare, status, claimedBy, aggregate, anaphoric, vagueDate,
                newItem, summary, related, associated);
    }

    /** Event words at least this specific (a downed helicopter, a suicide bombing) anchor a recalled incident. */
    private static final int RECALLED_PRIORITY = 55;

    /** Characters between two clauses' evidence up to which they are one passage (a space or a line break). */
    private static final int ADJACENT_GAP = 3;

    EventDraft mergedWith(EventDraft later) {
        boolean sameFamily = later.subType.type() == subType.type();
        SubEventType type = sameFamily && later.priority > priority ? later.subType : subType;
        // "هاجموا قرية سافي … واستهدف الهجوم متطوعي الدفاع عن الوطن": the armed side the attack is then said to have
        // hit, by name, is its target; the village only told where it happened
        boolean retarget = later.anaphoric && named(later.actor2) && !later.actor2.isCivilian()
                && (actor2 == null || actor2.isCivilian()) && fatalities == null && !same(later.actor2, actor1);
        if (retarget && type == SubEventType.ATTACK) {
            type = SubEventType.ARMED_CLASH;
        }
        int p = sameFamily ? Math.max(priority, later.priority) : priority;
        boolean adjacent = later.evidence.start() - evidence.end() <= ADJACENT_GAP && later.evidence.start() >= evidence.start();
        Location loc = ownPlace || !later.ownPlace ? moreSpecific(location, later.location, ownPlace) : later.location;
        return new EventDraft(sentence, paragraph, Math.max(lastSentence, later.lastSentence),
                Math.max(lastParagraph, later.lastParagraph), trigger, adjacent ? evidence.union(later.evidence) : evidence, type, p,
                mergedAgent(later), retarget || actor2 == null ? later.actor2 : actor2,
                suspected != null ? suspected : later.suspected, loc, ownPlace || later.ownPlace,
                ownDate ? date : later.ownDate ? later.date : date, ownDate || later.ownDate,
                fatalities != null ? fatalities : later.fatalities, mergedShare(later), mergedStatus(status, later.status),
                claimedBy != null ? claimedBy : later.claimedBy,
                aggregate || later.aggregate, anaphoric && later.anaphoric,
                ownDate ? vagueDate : later.ownDate ? later.vagueDate : vagueDate, newItem, summary,
                relatedAfter(adjacent, later), associatedAfter(later));
    }

    /** The civilians' part of the toll once {@code later} joins: its breakdown of the toll this event already has. */
    private Integer mergedShare(EventDraft later) {
        if (fatalities == null || civilianShare == null && fatalities.equals(later.fatalities)) {
            return later.civilianShare;
        }
        return civilianShare;
    }

    /**
     * The initiator once {@code later} joins: a named one over an unidentified one, but never the side this
     * incident already has as its target ("قتل جنديان ماليان … عبوة انفجرت لدى مرور شاحنة تابعة للقوات المالية").
     */
    private Actor mergedAgent(EventDraft later) {
        Actor target = actor2 != null ? actor2 : later.actor2;
        boolean takeLater = !named(actor1) && named(later.actor1) && !same(later.actor1, target);
        return takeLater ? later.actor1 : actor1;
    }

    /** The associated actors once {@code later} joins: both clauses' allies, each once. */
    private List<Actor> associatedAfter(EventDraft later) {
        List<Actor> out = new ArrayList<>(associated);
        for (Actor a : later.associated) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The other passages of the incident once {@code later} joins: its own passage unless it extends the evidence. */
    private List<Span> relatedAfter(boolean adjacent, EventDraft later) {
        List<Span> out = new ArrayList<>(related);
        if (!adjacent) {
            out.add(later.evidence);
        }
        out.addAll(later.related);
        return out;
    }
}
