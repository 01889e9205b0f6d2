package org.marsad.engine.events;

import java.util.List;
import java.util.Optional;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.TimeSpan;

/**
 * Drafts the event one clause tells: its status, date, actors, type, toll and place; null when the clause tells
 * no event (a negated or planned one, or a state of things).
 */
final class ClauseDrafter {
    private final ActorOntology ontology;
    private final StatusClassifier statuses;
    private final RoleAssigner roles;
    private final FatalityCounter fatalities = new FatalityCounter();
    private final EventDating dating;
    private final ClauseReading reading;
    private final EventPlacing placing;

    /** An incident's own date spans a year at most ("في عام 2018"); a longer period dates a trend. */
    private static final int LONGEST_INCIDENT_DAYS = 366;

    ClauseDrafter(ActorOntology ontology, Gazetteer gazetteer, ClauseWords words) {
        this.ontology = ontology;
        this.statuses = new StatusClassifier(words);
        this.roles = new RoleAssigner(words);
        this.dating = new EventDating(words);
        this.reading = new ClauseReading(words);
        this.placing = new EventPlacing(gazetteer);
    }

    /**
     * The draft of the event whose word is {@code trigger}, or null when the clause tells none.
     *
     * @param lastClaimer the group whose claim the previous clause of the paragraph reported, or null
     */
    EventDraft draft(Mentions m, Clause clause, TermMatch trigger, DocumentMarks marks, Actor lastClaimer) {
        AnalyzedText text = m.text();
        TriggerTerm tt = (TriggerTerm) trigger.term();
        StatusReading status = statuses.classify(text, m.index(), marks, m.actors(), clause, trigger.first(), lastClaimer);
        if (status.notAnEvent()) {
            return null;
        }
        if (status.negated() && ClauseReading.refersBack(text, marks, clause, trigger)) {
            // "ولم تعلن السلطات حصيلة لهذا الهجوم", "ولم تتبن أي جهة الهجوم": nothing told of the attack, and no
            // source confirming or claiming it
            return null;
        }
        boolean announced = tt.subType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY || tt.subType() == SubEventType.AGREEMENT;
        EventDating.DateChoice date = dating.choose(m, clause, trigger.first(), marks, announced);
        if (date.background() || date.own() && date.value() != null && date.value().days() > LONGEST_INCIDENT_DAYS) {
            // "منذ 2012 …", "بين عام 2022 والنصف الأول من عام 2023": a state of things or a trend over a period
            return null;
        }
        if (date.own() && date.value() != null && date.value().precision() == Precision.YEAR
                && reading.inRelativeClause(text, trigger.first(), clause.first())) {
            // "الطوارق، الذين تمردوا عام 2012 وقبلوا وقف اطلاق النار في 2014": a group's history told in passing
            return null;
        }
        boolean violent = tt.subType() == null || tt.subType().type() != EventType.STRATEGIC_DEVELOPMENTS;
        Roles r = roles.assign(text, m.actors(), clause, trigger.first(), trigger.end(), marks, violent);
        Actor agent = r.agent();
        Actor target = r.target();
        if (agent == null && status.claimer() != null && status.claimer() != target) {
            agent = status.claimer();
        }
        if (tt.betweenSides() && !betweenBelligerents(agent, target)) {
            return null; // a meeting of one side, or of ministers and envoys, is no ACLED event
        }
        Actor suspected = null;
        if (status.hedged() && agent != null && !agent.category().equals("unidentified")) {
            suspected = agent;
            agent = unidentified();
        } else if (status.hedged() && target != null && target.isArmedGroup() && !target.isState()) {
            // "هجوم يشتبه في أنه من تنفيذ تنظيم القاعدة": the group named is the suspect, not the one hit
            suspected = target;
            target = null;
            agent = agent == null ? unidentified() : agent;
        } else if (status.hedged()) {
            // "قتل تسعة مدنيين في هجوم نفذه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة": the group the gunmen are
            // suspected to belong to
            suspected = groupBeside(m, marks, clause, status.hedgeAt(), agent, target);
        }
        FatalityCounter.Toll toll = fatalities.count(text, m.index(), m.numbers(), marks, clause.first(), clause.end());
        if (toll.persons() && (status.status() == Status.CLAIMED || ClauseReading.armedAmongVictims(m, marks, clause))) {
            // a group's claim of "persons" killed, or "20 persons, among them 8 volunteers": not only civilians
            toll = new FatalityCounter.Toll(toll.count(), null, true);
            if (target == null || target.isCivilian()) {
                target = ClauseReading.armedNamed(m, marks, clause, target);
            }
        }
        TargetTerm noun = target == null ? ClauseReading.targetNoun(m, marks, clause, trigger) : null;
        Boolean civilianTarget = toll.civilians() != null ? toll.civilians()
                : target != null ? Boolean.valueOf(target.isCivilian()) : noun == null ? null : noun.civilian();
        if (Boolean.TRUE.equals(toll.civilians()) && (target == null || !target.isCivilian())) {
            target = civilians(m).orElse(target);
        }
        SubEventType type = tt.subType();
        if (type == null) {
            type = Boolean.TRUE.equals(civilianTarget) ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
        }
        if (target == null && Boolean.TRUE.equals(civilianTarget) && (type.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || type.type() == EventType.VIOLENCE_AGAINST_CIVILIANS)) {
            // "انفجرت قنبلة في حافلتهم … لقي 10 أشخاص مصرعهم": a bomb or an attack that hit civilians has them as its target
            target = civilians(m).orElse(null);
        }
        if (type == SubEventType.CHANGE_TO_GROUP_ACTIVITY) {
            // a group's split, merger or new name is the group's own change: ACLED codes no second actor
            // ("انقسام محتمل لجماعة نصرة الإسلام … يسعى لدمج جماعة نصرة الإسلام وداعش" is JNIM's), and the one group
            // named is the one that changed ("التحالف الجديد يطلق عليه جماعة نصرة الإسلام والمسلمين")
            if (agent == null && target != null && target.isArmedGroup()) {
                agent = target;
            }
            target = null;
        }
        if (type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && agent != null && agent.isState()) {
            type = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        if (type.type() == EventType.BATTLES && type == SubEventType.ARMED_CLASH && target != null && target.isCivilian()) {
            type = SubEventType.ATTACK;
        }
        EventPlacing.PlaceChoice place = placing.choose(m, marks, clause, trigger.first());
        if (type.type() == EventType.PROTESTS || type.type() == EventType.RIOTS) {
            // ACLED codes a demonstration as done by the country's Protesters (or Rioters), whoever it is against:
            // "تظاهر عشرات الماليين … اعتراضا على وجود قوة برخان" is not Barkhane's act nor its target's
            Optional<Actor> crowd = ontology.role(type.type() == EventType.PROTESTS ? "@protesters" : "@rioters",
                    countryOf(m, place));
            if (crowd.isPresent()) {
                agent = crowd.get();
                target = null;
            }
        } else if (target == null && (agent == null || !agent.isState())) {
            target = stateAttacked(m, agent, tt, type, noun, place).orElse(null);
        }
        if (agent == null && (type.type() != EventType.STRATEGIC_DEVELOPMENTS || type == SubEventType.LOOTING_PROPERTY_DESTRUCTION)) {
            agent = unidentified();
        }
        Sentence sentence = text.sentences().get(clause.sentence());
        // what a denial shows false never happened on any day: without a date of its own it has none (the
        // publication day is the denial's, not the event's)
        TimeSpan when = status.status() == Status.DENIED && !date.own() ? null : date.value();
        if (when != null && status.reportDate() && status.status() == Status.CLAIMED && when.precision() == Precision.DAY) {
            // the date is when the group published its claim; the incidents happened in the days before
            when = when.withPrecision(Precision.WEEK);
        }
        boolean aggregate = ClauseReading.aggregate(m, marks, clause);
        Span evidence = new Span(text.token(clause.first()).start(), text.token(clause.end() - 1).end());
        return new EventDraft(clause.sentence(), sentence.paragraph(), clause.sentence(), sentence.paragraph(), trigger.first(), evidence, type, tt.priority(),
                agent, target, suspected, place.location(), place.own(), when, date.own(),
                toll.count(), toll.civilianShare(), status.status(), status.claimer(), aggregate,
                ClauseReading.refersBack(text, marks, clause, trigger), date.vague(),
                reading.opensNewItem(text, clause, k -> marks.sayingAt(k) || marks.attributionAt(k))
                        || toll.count() != null && reading.introducesAttack(text, trigger),
                aggregate && ClauseReading.separate(text, clause), List.of(), r.associated());
    }

    /**
     * The state forces an act names no target for but implies: a named group's siege (the event word says so in
     * triggers.tsv) is against the forces holding the town, and an attack or shelling on a state's base or police station (targets.tsv
     * gives its role) is against that state's forces, of the event's country.
     */
    private Optional<Actor> stateAttacked(Mentions m, Actor agent, TriggerTerm tt, SubEventType type, TargetTerm noun,
                                          EventPlacing.PlaceChoice place) {
        // a siege needs its besieger named: "في ظل حصار الجماعات المسلحة" with nobody named is background
        String role = agent != null && agent.isArmedGroup() ? tt.impliedTarget() : null;
        if (role == null && noun != null && noun.stateRole() != null
                && (type.type() == EventType.BATTLES || type.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)) {
            role = noun.stateRole();
        }
        if (role == null) {
            return Optional.empty();
        }
        return ontology.role(role, countryOf(m, place));
    }

    /** The country of the event's place, else the document's. */
    private static String countryOf(Mentions m, EventPlacing.PlaceChoice place) {
        return place.location() != null && place.location().country() != null ? place.location().country() : m.country();
    }

    /**
     * The first non-state armed group the clause names from its hedge on ("يشتبه في انتمائهم إلى …") that is neither
     * its doer nor its target, or null.
     */
    private static Actor groupBeside(Mentions m, DocumentMarks marks, Clause clause, int hedge, Actor agent, Actor target) {
        List<ActorMention> actors = m.actors();
        for (int i = marks.actorsFrom(hedge); i < actors.size() && actors.get(i).first() < clause.end(); i++) {
            Actor a = actors.get(i).actor();
            if (a.isArmedGroup() && !a.isState() && a != agent && a != target) {
                return a;
            }
        }
        return null;
    }

    /** Two different sides named, one of them an armed group: the parties of talks ACLED codes as an Agreement. */
    private static boolean betweenBelligerents(Actor agent, Actor target) {
        return agent != null && target != null && agent != target && (agent.isArmedGroup() || target.isArmedGroup());
    }

    /** The civilians of the document's country (the plain "Civilians" actor where country-roles.tsv says so). */
    private Optional<Actor> civilians(Mentions m) {
        return ontology.role("@civilians", m.country());
    }

    private Actor unidentified() {
        return ontology.get("unidentified-armed-group").orElse(null);
    }
}
