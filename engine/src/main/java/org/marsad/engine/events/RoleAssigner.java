package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/**
 * Assigns actor1 (the initiator) and actor2 (the other side or the target) from one clause:
 * <ul>
 *   <li>an actor after a target word (على، ضد، استهدف، لـ) is the target;</li>
 *   <li>an actor after an agent word (نفذه، شنه، على يد، من قبل) is the initiator;</li>
 *   <li>"بين X و Y": X and Y are the two sides;</li>
 *   <li>otherwise the actor right after the event word (Arabic verb-subject order, or the genitive
 *       "هجوم داعش") or else the nearest one before it is the initiator, and the next one the target.</li>
 * </ul>
 * The few function words here are Arabic syntax, not extensible knowledge, so they are constants.
 */
final class RoleAssigner {
    private static final String[] TARGET_WORDS = {"علي", "ضد", "استهدف", "استهدفت", "استهداف", "بحق", "لصالح"};
    private static final String[] AGENT_WORDS = {"نفذه", "نفذها", "شنه", "شنها", "يد", "قبل", "تبناه", "تبنته", "نفذته", "نفذتها",
        "الموالين", "موالين", "الموالية", "التابعين", "تابعين", "تابعون", "التابعه", "المرتبطين", "مرتبطين", "مرتبطون",
        "المرتبطه", "مقاتلي", "عناصر", "مسلحي"};
    private static final String BETWEEN = "بين";
    /** How many tokens after the event word an actor may start and still be its subject or genitive. */
    private static final int SUBJECT_WINDOW = 3;

    /**
     * @param numberEnds true at each token where a quantity ends ("ثلاثين" in "ثلاثين جنديا")
     */
    Roles assign(AnalyzedText text, List<ActorMention> actors, Clause clause, int trigger, int triggerEnd,
                 boolean[] numberEnds, boolean violent) {
        List<ActorMention> in = new ArrayList<>();
        for (ActorMention a : actors) {
            if (clause.contains(a.first()) && !(violent && bystander(a))) {
                in.add(a);
            }
        }
        if (in.isEmpty()) {
            return new Roles(null, null, List.of());
        }
        Actor agent = null;
        Actor target = null;
        // "بين X و Y"
        for (int i = 0; i + 1 < in.size(); i++) {
            ActorMention a = in.get(i);
            if (a.first() > 0 && text.token(a.first() - 1).is(BETWEEN)) {
                ActorMention b = in.get(i + 1);
                if (b.actor() != a.actor()) {
                    return new Roles(a.actor(), b.actor(), List.of());
                }
            }
        }
        List<ActorMention> free = new ArrayList<>();
        for (ActorMention a : in) {
            if (precededBy(text, a, TARGET_WORDS, clause) || gluedLam(text, a) || counted(a, numberEnds)) {
                target = target == null ? a.actor() : target;
            } else if (precededBy(text, a, AGENT_WORDS, clause)) {
                // "نفذه مئة مسلح من الموالين لجماعة …": the named group over the unidentified gunmen
                agent = agent == null || agent.category().equals("unidentified") ? a.actor() : agent;
            } else {
                free.add(a);
            }
        }
        if (agent == null) {
            ActorMention after = null;
            ActorMention before = null;
            for (ActorMention a : free) {
                if (a.first() >= triggerEnd && a.first() <= triggerEnd + SUBJECT_WINDOW && after == null
                        && noPunctBetween(text, triggerEnd, a.first())) {
                    after = a;
                }
                if (a.end() <= trigger) {
                    before = a;
                }
            }
            ActorMention chosen = after != null ? after : before;
            if (chosen != null) {
                agent = chosen.actor();
                free.remove(chosen);
            }
        }
        if (target == null) {
            for (ActorMention a : free) {
                if (a.actor() != agent) {
                    target = a.actor();
                    break;
                }
            }
        }
        if (agent == null && target != null && !target.isCivilian()) {
            // "مقتل 23 جنديا" with nobody named as attacker: the victims are the target
            return new Roles(null, target, List.of());
        }
        return new Roles(agent, target == agent ? null : target, List.of());
    }

    /**
     * Governments and organisations (the UN as such, not its missions) announce, condemn and investigate; in ACLED's violent
     * events they are not a side (in agreements and other strategic developments they are).
     */
    private static boolean bystander(ActorMention a) {
        String c = a.actor().category();
        return c.equals("state-government") || c.equals("organisation") || c.equals("regional-organisation")
                || c.equals("political");
    }

    private static boolean precededBy(AnalyzedText text, ActorMention a, String[] words, Clause clause) {
        for (int k = a.first() - 1; k >= Math.max(clause.first(), a.first() - 2); k--) {
            Token t = text.token(k);
            for (String w : words) {
                if (t.is(w)) {
                    return true;
                }
            }
            if (t.isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** "مقتل 23 جنديا", "ثلاثين جنديا": people counted by a number are the ones hit. */
    /** How many words may stand between a number and the group it counts ("عشرة عناصر في ميليشيا"). */
    private static final int COUNTED_WINDOW = 3;

    private static boolean counted(ActorMention a, boolean[] numberEnds) {
        for (int k = a.first(); k >= Math.max(0, a.first() - COUNTED_WINDOW); k--) {
            if (numberEnds[k]) {
                return true;
            }
        }
        return false;
    }

    /** "لداعش", "للجيش": the preposition لـ glued to the name marks the one acted upon. */
    private static boolean gluedLam(AnalyzedText text, ActorMention a) {
        return text.token(a.first()).form().startsWith("لل");
    }

    private static boolean noPunctBetween(AnalyzedText text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.token(k).isPunct()) {
                return false;
            }
        }
        return true;
    }
}
