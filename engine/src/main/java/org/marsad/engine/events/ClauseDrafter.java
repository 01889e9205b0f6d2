package org.marsad.engine.events;

import java.util.List;
import java.util.Optional;
import org.marsad.engine.actors.Actor;
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
    private final StatusClassifier statuses = new StatusClassifier();
    private final RoleAssigner roles = new RoleAssigner();
    private final FatalityCounter fatalities = new FatalityCounter();
    private final EventDating dating = new EventDating();
    private final EventPlacing placing;

    ClauseDrafter(ActorOntology ontology, Gazetteer gazetteer) {
        this.ontology = ontology;
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
        EventDating.DateChoice date = dating.choose(m, clause, trigger.first(), marks);
        if (date.background()) {
            return null;
        }
        if (date.own() && date.value() != null && date.value().precision() == Precision.YEAR
                && ClauseReading.inRelativeClause(text, trigger.first(), clause.first())) {
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
        Actor suspected = null;
        if (status.hedged() && agent != null && !agent.category().equals("unidentified")) {
            suspected = agent;
            agent = unidentified();
        } else if (status.hedged() && target != null && target.isArmedGroup() && !target.isState()) {
            // "هجوم يشتبه في أنه من تنفيذ تنظيم القاعدة": the group named is the suspect, not the one hit
            suspected = target;
            target = null;
            agent = agent == null ? unidentified() : agent;
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
            // ("انقسام محتمل لجماعة نصرة الإسلام … يسعى لدمج جماعة نصرة الإسلام وداعش" is JNIM's)
            target = null;
        }
        if (type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && agent != null && agent.isState()) {
            type = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        if (type.type() == EventType.BATTLES && type == SubEventType.ARMED_CLASH && target != null && target.isCivilian()) {
            type = SubEventType.ATTACK;
        }
        EventPlacing.PlaceChoice place = placing.choose(m, marks, clause, trigger.first());
        if (target == null && (agent == null || !agent.isState())) {
            target = stateAttacked(m, agent, tt, type, noun, place).orElse(null);
        }
        if (agent == null && (type.type() != EventType.STRATEGIC_DEVELOPMENTS || type == SubEventType.LOOTING_PROPERTY_DESTRUCTION)) {
            agent = unidentified();
        }
        Sentence sentence = text.sentences().get(clause.sentence());
        TimeSpan when = date.value();
        if (when != null && status.reportDate() && status.status() == Status.CLAIMED && when.precision() == Precision.DAY) {
            // the date is when the group published its claim; the incidents happened in the days before
            when = when.withPrecision(Precision.WEEK);
        }
        boolean aggregate = ClauseReading.aggregate(m, marks, clause);
        Span evidence = new Span(text.token(clause.first()).start(), text.token(clause.end() - 1).end());
        return new EventDraft(clause.sentence(), sentence.paragraph(), clause.sentence(), sentence.paragraph(), trigger.first(), evidence, type, tt.priority(),
                agent, target == agent ? null : target, suspected, place.location(), place.own(), when, date.own(),
                toll.count(), toll.civilianShare(), status.status(), status.claimer(), aggregate,
                ClauseReading.refersBack(text, marks, clause, trigger), date.vague(),
                ClauseReading.opensNewItem(text, clause, k -> marks.sayingAt(k) || marks.attributionAt(k))
                        || toll.count() != null && ClauseReading.introducesAttack(text, trigger),
                aggregate && ClauseReading.separate(text, clause), List.of());
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
        String country = place.location() != null && place.location().country() != null ? place.location().country()
                : m.country();
        return ontology.role(role, country);
    }

    /** The civilians of the document's country (the plain "Civilians" actor where country-roles.tsv says so). */
    private Optional<Actor> civilians(Mentions m) {
        return ontology.role("@civilians", m.country());
    }

    private Actor unidentified() {
        return ontology.get("unidentified-armed-group").orElse(null);
    }
}
