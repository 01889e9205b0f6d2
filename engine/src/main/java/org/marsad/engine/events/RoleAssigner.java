package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.events.ClauseWords.Kind;
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
 * The function words it reads (target, agent, ally, member and affiliation words, masculine heads, dual nouns) are
 * knowledge: {@code ar/events/clause-words.tsv}.
 */
final class RoleAssigner {
    private final ClauseWords words;

    RoleAssigner(ClauseWords words) {
        this.words = words;
    }

    /** How far back the mention an affiliation refers to may stand. */
    private static final int AFFILIATION_WINDOW = 5;
    private static final String BETWEEN = "بين";
    /** A past verb in the feminine singular ("هاجمت", "استهدفت"), not a plural noun in ـات ("هجمات"). */
    private static boolean feminineVerb(AnalyzedText text, int trigger, int triggerEnd) {
        if (triggerEnd - trigger != 1) {
            return false;
        }
        String f = text.token(trigger).form();
        return f.length() >= 4 && f.endsWith("ت") && !f.endsWith("ات");
    }

    /** How many tokens after the event word an actor may start and still be its subject or genitive. */
    private static final int SUBJECT_WINDOW = 3;

    /**
     * @param marks where a noun naming what was hit ends ("قاعدة" in "قاعدة تابعة للجيش"), and where a quantity or
     *              a casualty word ends ("ثلاثين جنديا", "بمقتل عدد من الجنود"): the people right after it are the
     *              ones hit
     */
    Roles assign(AnalyzedText text, List<ActorMention> actors, Clause clause, int trigger, int triggerEnd,
                 DocumentMarks marks, boolean violent) {
        List<ActorMention> in = new ArrayList<>();
        List<Actor> allies = new ArrayList<>();
        for (int i = marks.actorsFrom(clause.first());
             i < actors.size() && actors.get(i).first() < clause.end(); i++) {
            ActorMention a = actors.get(i);
            if (i + 1 < actors.size() && ofNamedForce(text, a, actors.get(i + 1))) {
                continue; // "جنود بعثة الأمم المتحدة": the soldiers of the force named right after, not the country's army
            }
            if (!in.isEmpty() && apposition(text, in.get(in.size() - 1), a)) {
                continue; // "بعثة الأمم المتحدة في مالي (مينوسما)": the same actor again, in the same role
            }
            if (ally(text, a, clause)) {
                // "بين الجيش المالي مدعوما بعناصر من فاغنر ومقاتلين من …": beside a side, not one of the two
                allies.add(a.actor());
            } else if (!(violent && bystander(a))) {
                in.add(a);
            }
        }

        Roles dual = betweenTheTwo(text, actors, clause, in.isEmpty());
        if (dual != null) {
            return dual;
        }
        if (in.isEmpty()) {
            return new Roles(null, null, allies);
        }
        Actor agent = null;
        Actor target = null;
        // "بين X و Y", "بين فرعي X و Y"
        for (int i = 0; i + 1 < in.size(); i++) {
            ActorMention a = in.get(i);
            int k = unquotedStart(text, a.first());
            if ((k > 0 && text.token(k - 1).is(BETWEEN))
                    || (k > 1 && text.token(k - 2).is(BETWEEN) && text.token(k - 1).isWord())) {
                ActorMention b = in.get(i + 1);
                if (b.actor() != a.actor()) {
                    return new Roles(a.actor(), b.actor(), allies);
                }
            }
        }
        List<ActorMention> free = new ArrayList<>();
        ActorMention previous = null;
        boolean previousWasTarget = false;
        for (ActorMention a : in) {
            if (a.isCoreference() && (a.actor() == target || a.actor() == agent)) {
                // "الجماعة", "هذا التنظيم" for a group whose role a name already gave add only a second, often
                // wrong one: "مقتل 40 من عناصر نصرة … خلال اشتباك مع مسلحي هذا التنظيم" (that one is the claimant)
                continue;
            }
            // "مسلحون من تنظيم داعش": the gunmen's group
            boolean ofGunmen = previous != null && !named(previous.actor()) && a.first() - previous.end() <= 1
                    && a.first() > 0 && text.token(a.first() - 1).is("من");
            boolean affiliated = ofGunmen || precededBy(text, a, Kind.AFFILIATION, clause);
            boolean afterPrevious = previous != null && a.first() - previous.end() <= AFFILIATION_WINDOW;
            boolean isTarget;
            if (affiliated && afterPrevious && !free.contains(previous)) {
                // the group of the mention just before, in the same role: the more specific name wins
                isTarget = previousWasTarget;
            } else if (affiliated) {
                // "قاعدة تابعة للجيش": the owner of the place hit; "مئة مسلح من الموالين لجماعة …": the attackers' group
                isTarget = a.first() >= 2 && marks.targetNounEnds(a.first() - 1);
            } else if (precededBy(text, a, Kind.TARGET, clause) || (gluedLam(text, a) && a.first() >= triggerEnd) || counted(text, a, marks)) {
                isTarget = true;
            } else if (precededBy(text, a, Kind.AGENT, clause)) {
                isTarget = false;
            } else {
                free.add(a);
                previous = a;
                previousWasTarget = false;
                continue;
            }
            if (isTarget) {
                target = target == null || !named(target) || affiliated ? a.actor() : target;
            } else if (!a.actor().isCivilian()) {
                // "نفذه مئة مسلح من الموالين لجماعة …": the named group over the unidentified gunmen
                agent = agent == null || !named(agent) ? a.actor() : agent;
            }
            previous = a;
            previousWasTarget = isTarget;
        }
        if (target == null) {
            // "أعلن الجيش النيجري مقتل خمسة من جنوده": the one whose own men were killed is the side hit
            ActorMention owner = ownerOfOwnMen(text, clause, free);
            if (owner != null) {
                target = owner.actor();
                free.remove(owner);
            }
        }
        if (agent == null) {
            ActorMention after = null;
            ActorMention before = null;
            boolean feminineVerb = feminineVerb(text, trigger, triggerEnd);
            for (ActorMention a : free) {
                if (a.actor().isCivilian()) {
                    continue; // civilians are hit, they do not attack
                }
                if (a.first() >= triggerEnd && a.first() <= triggerEnd + SUBJECT_WINDOW && after == null
                        && noPunctBetween(text, triggerEnd, a.first())) {
                    if (feminineVerb && words.is(Kind.MASCULINE_HEAD, text.token(a.first()).form())) {
                        // "هاجمت الجيش": a feminine verb cannot have "الجيش" as subject; the army is its object
                        // and the subject is the one of the clause before
                        target = target == null ? a.actor() : target;
                        continue;
                    }
                    after = a;
                }
                // the first side named before the verb leads ("كان داعش والقاعدة يتقاتلان": داعش is actor1), unless it
                // is the side hit: "أعلن الجيش النيجري مقتل 17 جنديا في كمين" is the army announcing its own losses
                if (a.end() <= trigger && before == null && a.actor() != target) {
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
            return new Roles(null, target, allies);
        }
        return new Roles(agent, target == agent ? null : target, allies);
    }

    /**
     * "بالتنسيق مع X", "بدعم من X", "إلى جانب X", "بمساندة X", "مدعوما بعناصر من X": X stands beside the doer (or beside
     * the side just named).
     */
    private boolean ally(AnalyzedText text, ActorMention a, Clause clause) {
        int k = unquotedStart(text, a.first()) - 1;
        if (k >= clause.first() && (text.token(k).is("مع") || text.token(k).is("من"))) {
            k--;
        }
        if (k >= clause.first() && words.is(Kind.MEMBER, withoutBa(text.token(k).form()))) {
            k--; // "مدعوما بعناصر من فاغنر"
        }
        if (k < clause.first()) {
            return false;
        }
        if (text.token(k).is("جانب")) {
            // "إلى جانب X" is alongside X; "من جانب X" is by X, the doer
            return k - 1 >= clause.first() && text.token(k - 1).is("الي");
        }
        return words.is(Kind.ALLY, text.token(k).form());
    }

    /**
     * "اشتدت المعارك … بين التنظيمين", and "دمج الكيانين" in a clause that names nobody: the two sides are the last
     * two different armed groups named before, in the order they were named; null when the clause has no such word
     * or fewer than two groups came before.
     */
    private Roles betweenTheTwo(AnalyzedText text, List<ActorMention> actors, Clause clause, boolean noneNamed) {
        for (int k = clause.first(); k < clause.end(); k++) {
            if (!words.is(Kind.DUAL_SIDES, text.token(k).form())) {
                continue;
            }
            boolean afterBetween = k > 0 && text.token(k - 1).is(BETWEEN);
            if (!afterBetween && (!noneNamed || k > 0 && words.is(Kind.ONE_OF, text.token(k - 1).form()))) {
                continue;
            }
            Actor later = null;
            for (int i = actors.size() - 1; i >= 0; i--) {
                ActorMention a = actors.get(i);
                if (a.end() > k || !a.actor().isArmedGroup()) {
                    continue;
                }
                if (later == null) {
                    later = a.actor();
                } else if (a.actor() != later) {
                    return new Roles(a.actor(), later, List.of());
                }
            }
            return null;
        }
        return null;
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

    private static boolean named(Actor a) {
        return a != null && !a.category().equals("unidentified");
    }

    /** Words (or quotes) that may stand between a role word and the name: "نفذ مسلحون من تنظيم “داعش”". */
    private static final int ROLE_WORD_WINDOW = 4;

    private boolean precededBy(AnalyzedText text, ActorMention a, Kind kind, Clause clause) {
        int window = kind == Kind.AGENT ? ROLE_WORD_WINDOW : 2;
        int seen = 0;
        for (int k = a.first() - 1; k >= clause.first() && seen < window; k--) {
            Token t = text.token(k);
            if (t.is("\"")) {
                continue;
            }
            // "على مجموعة من قوات …", "مع عناصر من جماعة …": a partitive noun and من take the role of what
            // governs them, so they are looked through for target words
            if (kind == Kind.TARGET && k == a.first() - 1 && t.is("من") && k - 1 >= clause.first()
                    && text.token(k - 1).isWord() && !words.is(Kind.TARGET, text.token(k - 1).form())) {
                k--;
                continue;
            }
            // "مع" governs the name right after it ("اشتبك مع الجيش"), not one a noun further ("مع إعلان الجماعة")
            if (words.is(kind, t.form()) && !(seen > 0 && t.is("مع"))) {
                return true;
            }
            if (t.isPunct()) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** "مقتل 23 جنديا", "ثلاثين جنديا": people counted by a number are the ones hit. */
    /** How many words may stand between a number and the group it counts ("عشرة عناصر في ميليشيا"). */
    private static final int COUNTED_WINDOW = 3;

    private boolean counted(AnalyzedText text, ActorMention a, DocumentMarks marks) {
        if (marks.numberEnds(a.first())) {
            return true;
        }
        // "عشرة عناصر في ميليشيا", "عدد من الجنود", "40 من عناصر جماعة": a counted noun and a preposition between
        for (int k = a.first() - 1; k >= Math.max(1, a.first() - COUNTED_WINDOW); k--) {
            Token t = text.token(k);
            if (!(t.is("في") || t.is("من") || words.is(Kind.MEMBER, t.form()) || (t.isWord() && k == a.first() - 2))) {
                return false;
            }
            if (marks.numberEnds(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "كمين لقوات الجيش": the preposition لـ glued to a name after the event word marks the one acted upon; before
     * it, لـ is mostly possessive ("الذراع الدعائي للجماعة") and says nothing of the role.
     */
    private static boolean gluedLam(AnalyzedText text, ActorMention a) {
        return text.token(a.first()).form().startsWith("لل");
    }

    /** Where a name starts once the quotes around it are looked through: "بين “القاعدة” و”داعش”". */
    private static int unquotedStart(AnalyzedText text, int first) {
        int k = first;
        while (k > 0 && text.token(k - 1).is("\"")) {
            k--;
        }
        return k;
    }

    /**
     * A one-word role ("جنود", "عناصر") in a genitive with the named actor right after it ("جنود بعثة الأمم المتحدة"),
     * not coordinated with it ("الدولة المركزية والجيش المالي") nor followed by gunmen nobody named ("جنود مسلحون").
     */
    private static boolean ofNamedForce(AnalyzedText text, ActorMention role, ActorMention next) {
        return role.isRole() && role.end() - role.first() == 1 && next.first() == role.end() && !next.isRole()
                && !next.isCoreference() && named(next.actor()) && !text.token(next.first()).form().startsWith("و");
    }

    /** The same actor named again right after, in brackets or quotes: its acronym or another name. */
    private static boolean apposition(AnalyzedText text, ActorMention before, ActorMention a) {
        if (before.actor() != a.actor()) {
            return false;
        }
        for (int k = before.end(); k < a.first(); k++) {
            Token t = text.token(k);
            if (!(t.is("(") || t.is(")") || t.is("\"") || t.is("-"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor named last before "جنوده", "عناصرها" (its own men, clause-words kind own-members) in the clause, or
     * null when the clause names no one's own men.
     */
    private ActorMention ownerOfOwnMen(AnalyzedText text, Clause clause, List<ActorMention> free) {
        for (int k = clause.first(); k < clause.end(); k++) {
            if (!words.is(Kind.OWN_MEMBERS, text.token(k).form())) {
                continue;
            }
            ActorMention owner = null;
            for (ActorMention a : free) {
                if (a.end() <= k && !a.actor().isCivilian()) {
                    owner = a;
                }
            }
            return owner;
        }
        return null;
    }

    /** "بعناصر" → "عناصر": the preposition ب glued to a noun. */
    private static String withoutBa(String form) {
        return form.length() > 3 && form.startsWith("ب") ? form.substring(1) : form;
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
