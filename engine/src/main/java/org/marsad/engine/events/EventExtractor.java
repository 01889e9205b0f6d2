package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Evidence;
import org.marsad.engine.model.Location;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.places.Place;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.TimeSpan;

/**
 * Builds ACLED-style events from a document's mentions: one candidate per clause that holds an event word,
 * with its actors, type, date, place, toll and status; then clauses about one incident are merged.
 *
 * <p>Dates: the clause's own date, else a date from up to {@link #DATE_LOOKBACK} sentences before in the same
 * paragraph, else (an incident reported as news) the publication date at week precision, as the corpus
 * conventions and ACLED do. Places: the clause's place nearest the event word, else the document's country
 * at precision 3.
 */
public final class EventExtractor {
    static final int DATE_LOOKBACK = 2;
    private static final org.marsad.engine.time.DateResolver RESOLVER = new org.marsad.engine.time.DateResolver();

    private final ActorOntology ontology;
    private final Gazetteer gazetteer;
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final ChromeFilter chrome = new ChromeFilter();
    private final HeadingFilter headings = new HeadingFilter();
    private final StatusClassifier statuses = new StatusClassifier();
    private final RoleAssigner roles = new RoleAssigner();
    private final FatalityCounter fatalities = new FatalityCounter();
    private final IncidentMerger merger = new IncidentMerger();

    public EventExtractor(ActorOntology ontology, Gazetteer gazetteer) {
        this.ontology = ontology;
        this.gazetteer = gazetteer;
    }

    public List<Event> extract(Mentions m) {
        AnalyzedText text = m.text();
        boolean[] chromeSentence = chrome.chromeSentences(text);
        boolean[] heading = headings.headingSentences(text);
        boolean[] dateTokens = new boolean[text.size() + 1];
        for (DateMention d : m.dates()) {
            for (int k = d.first(); k < d.end(); k++) {
                dateTokens[k] = true;
            }
        }
        TermMatch[] triggerAt = triggers(m);
        DocumentMarks marks = DocumentMarks.of(m);
        List<EventDraft> body = new ArrayList<>();
        List<EventDraft> head = new ArrayList<>();
        boolean[] eventWord = new boolean[text.size() + 1];
        for (int k = 0; k < text.size(); k++) {
            eventWord[k] = triggerAt[k] != null && !dateTokens[k];
        }
        for (Clause clause : clauses.split(text, m.dates(), eventWord)) {
            if (chromeSentence[clause.sentence()] || caption(text, clause)) {
                continue;
            }
            TermMatch trigger = strongest(triggerAt, clause, dateTokens);
            if (trigger == null) {
                continue;
            }
            EventDraft previous = body.isEmpty() ? null : body.get(body.size() - 1);
            Actor lastClaimer = previous != null && previous.paragraph() == text.sentences().get(clause.sentence()).paragraph()
                    ? previous.claimedBy() : null;
            EventDraft draft = draft(m, clause, trigger, dateTokens, marks, lastClaimer);
            if (draft != null && previous != null && previous.sentence() == draft.sentence()) {
                draft = draft.withImplicitSubject(previous);
            }
            if (draft != null && !draft.ownDate()) {
                draft = datedByTextOrder(text, clause, trigger, triggerAt, draft, body);
            }
            if (draft != null) {
                (heading[clause.sentence()] ? head : body).add(draft);
            }
        }
        List<EventDraft> merged = merger.merge(body);
        if (merged.isEmpty()) {
            merged = merger.merge(head);
        } else {
            merged = merger.enrichFromHeadline(merged, head);
        }
        merged = merger.dedupe(merged.stream().filter(EventDraft::anchored).toList());
        merged = merger.withoutToldSummaries(merged);
        merged = placedByFollowingSentence(merged, m);
        merged = deniedByNextSentence(merged, m);
        List<Event> events = new ArrayList<>(merged.size());
        String docId = text.document().id();
        for (EventDraft d : merged) {
            events.add(toEvent(docId, events.size() + 1, text, d, m.country()));
        }
        return events;
    }

    private static TermMatch[] triggers(Mentions m) {
        TermMatch[] at = new TermMatch[m.text().size() + 1];
        boolean[] masked = new boolean[m.text().size() + 1];
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof NonEventTerm) {
                for (int k = t.first(); k < t.end(); k++) {
                    masked[k] = true;
                }
            }
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof TriggerTerm tt && !masked[t.first()]) {
                TermMatch cur = at[t.first()];
                if (cur == null || t.length() > cur.length()
                        || (t.length() == cur.length() && tt.priority() > ((TriggerTerm) cur.term()).priority())) {
                    at[t.first()] = t;
                }
            }
        }
        return at;
    }

    private static TermMatch strongest(TermMatch[] at, Clause clause, boolean[] dateTokens) {
        TermMatch best = null;
        for (int k = clause.first(); k < clause.end(); k++) {
            TermMatch t = at[k];
            if (t == null || dateTokens[k]) {
                continue;
            }
            if (best == null || ((TriggerTerm) t.term()).priority() > ((TriggerTerm) best.term()).priority()) {
                best = t;
            }
        }
        return best;
    }

    private EventDraft draft(Mentions m, Clause clause, TermMatch trigger, boolean[] dateTokens, DocumentMarks marks,
                             Actor lastClaimer) {
        AnalyzedText text = m.text();
        TriggerTerm tt = (TriggerTerm) trigger.term();
        StatusReading status = statuses.classify(text, m.index(), m.actors(), clause, trigger.first(), lastClaimer);
        if (status.notAnEvent()) {
            return null;
        }
        DateChoice date = date(m, clause, trigger.first(), marks);
        if (date.background) {
            return null;
        }
        boolean violent = tt.subType() == null || tt.subType().type() != EventType.STRATEGIC_DEVELOPMENTS;
        Roles r = roles.assign(text, m.actors(), clause, trigger.first(), trigger.end(), marks.numberEnds(),
                marks.targetNounEnds(), violent);
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
        FatalityCounter.Toll toll = fatalities.count(text, m.index(), m.numbers(), dateTokens, marks, clause.first(), clause.end());
        if (toll.persons() && (status.status() == Status.CLAIMED || armedAmongVictims(m, clause))) {
            // a group's claim of "persons" killed, or "20 persons, among them 8 volunteers": not only civilians
            toll = new FatalityCounter.Toll(toll.count(), null, true);
            if (target == null || target.isCivilian()) {
                target = armedNamed(m, clause, target);
            }
        }
        Boolean civilianTarget = toll.civilians() != null ? toll.civilians()
                : target != null ? Boolean.valueOf(target.isCivilian()) : targetNoun(m, clause, trigger);
        if (Boolean.TRUE.equals(toll.civilians()) && (target == null || !target.isCivilian())) {
            target = ontology.role("@civilians", m.country()).orElse(target);
        }
        SubEventType type = tt.subType();
        if (type == null) {
            type = Boolean.TRUE.equals(civilianTarget) ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
            if (type == SubEventType.ATTACK && target == null) {
                target = ontology.role("@civilians", m.country()).orElse(null);
            }
        }
        if (type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && agent != null && agent.isState()) {
            type = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        if (type.type() == EventType.BATTLES && type == SubEventType.ARMED_CLASH && target != null && target.isCivilian()) {
            type = SubEventType.ATTACK;
        }
        if (agent == null && (type.type() != EventType.STRATEGIC_DEVELOPMENTS || type == SubEventType.LOOTING_PROPERTY_DESTRUCTION)) {
            agent = unidentified();
        }
        Sentence sentence = text.sentences().get(clause.sentence());
        PlaceChoice place = place(m, clause, trigger.first());
        TimeSpan when = date.value;
        if (when != null && status.reportDate() && status.status() == Status.CLAIMED && when.precision() == Precision.DAY) {
            // the date is when the group published its claim; the incidents happened in the days before
            when = when.withPrecision(Precision.WEEK);
        }
        Span evidence = new Span(text.token(clause.first()).span().start(), text.token(clause.end() - 1).span().end());
        return new EventDraft(clause.sentence(), sentence.paragraph(), trigger.first(), evidence, type, tt.priority(),
                agent, target == agent ? null : target, suspected, place.location, place.own, when, date.own, toll.count(),
                status.status(), status.claimer(), aggregate(m, clause), refersBack(m, clause, trigger), date.vague,
                opensNewItem(text, clause, k -> marks.sayingAt()[k] || marks.attributionAt()[k]), summary(m, clause),
                List.of());
    }

    /** "وأعقب تدشين اتفاق الهدنة مباشرة تنفيذ الهجوم": words that place an event right after another one. */
    private static final java.util.Set<String> RIGHT_AFTER = java.util.Set.of("اعقب", "واعقب", "عقب", "اثر", "واثر",
            "اعقبه", "اعقبت", "تلا", "وتلا");
    /** "وبهذه التحركات، قامت الجماعة بحصار …": a summary of the moves told just before. */
    private static final java.util.Set<String> SUMMING_UP = java.util.Set.of("وبهذه", "بهذه", "وبذلك", "بذلك", "وبهذا",
            "بهذا");

    /**
     * Dates an undated clause by the order of the story: right after an earlier event named in it ("عقب الهدنة")
     * it takes that event's date; summing up the moves just told ("وبهذه التحركات") it takes their month.
     */
    private static EventDraft datedByTextOrder(AnalyzedText text, Clause clause, TermMatch trigger, TermMatch[] triggerAt,
                                               EventDraft draft, List<EventDraft> before) {
        boolean rightAfter = false;
        for (int k = clause.first(); k < trigger.first(); k++) {
            rightAfter |= RIGHT_AFTER.contains(text.token(k).form());
        }
        if (rightAfter) {
            for (int k = clause.first(); k < trigger.first(); k++) {
                TermMatch t = triggerAt[k];
                if (t == null || ((TriggerTerm) t.term()).subType() == null) {
                    continue;
                }
                SubEventType named = ((TriggerTerm) t.term()).subType();
                for (int i = before.size() - 1; i >= 0; i--) {
                    EventDraft e = before.get(i);
                    if (e.subType() == named && e.ownDate() && e.date() != null) {
                        return draft.datedAs(e.date());
                    }
                }
            }
        }
        if (SUMMING_UP.contains(text.token(clause.first()).form()) && !before.isEmpty()) {
            EventDraft last = before.get(before.size() - 1);
            if (last.date() != null) {
                return draft.datedAs(TimeSpan.month(java.time.YearMonth.from(last.date().start())));
            }
        }
        return draft;
    }

    /** Words under which a line of its own, without a full stop, is a caption or a subheading ("إعدام الفولانيين"). */
    private static final int CAPTION_WORDS = 4;

    private static boolean caption(AnalyzedText text, Clause clause) {
        Sentence s = text.sentences().get(clause.sentence());
        boolean ownLine = text.token(s.firstToken()).newlineBefore()
                && (s.endToken() >= text.size() || text.token(s.endToken()).newlineBefore());
        if (!ownLine || text.token(s.endToken() - 1).is(".")) {
            return false;
        }
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            words += text.token(k).isWord() ? 1 : 0;
        }
        return words <= CAPTION_WORDS;
    }

    /** Openers that add another item to a report: "كما", "وفي سياق متصل", "إلى ذلك", "من جهة أخرى". */
    private static boolean opensNewItem(AnalyzedText text, Clause clause, java.util.function.IntPredicate saying) {
        String first = text.token(clause.first()).form();
        if (first.equals("كما") || first.equals("وكما")) {
            // "كما قال …", "كما أفادت …": one more statement about the same incident, not another item
            int next = clause.first() + 1;
            return next >= clause.end() || !(saying.test(next) || (next + 1 < clause.end() && saying.test(next + 1)));
        }
        // "وفي سياق متصل", "إلى ذلك", "من جهة أخرى", "من جانب آخر"
        for (int k = clause.first() + 1; k < Math.min(clause.end(), clause.first() + 3); k++) {
            String f = text.token(k).form();
            String before = text.token(k - 1).form();
            if ((f.equals("سياق") && (before.equals("وفي") || before.equals("في")))
                    || (f.equals("ذلك") && (before.equals("الي") || before.equals("والي")))
                    || ((f.equals("جهه") || f.equals("جانب")) && (before.equals("من") || before.equals("ومن")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause speaks of an incident already told: its event word, or an event word before it, refers
     * back ("الهجوم بدأ … وتضمن تفجير عبوات ناسفة" details the attack, it is not a second one).
     */
    private static boolean refersBack(Mentions m, Clause clause, TermMatch trigger) {
        if (anaphoric(m.text(), trigger)) {
            return true;
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof TriggerTerm && t.first() >= clause.first() && t.first() < trigger.first()
                    && anaphoric(m.text(), t)) {
                return true;
            }
        }
        return false;
    }

    /** An armed target noun in the clause ("بينهم ثمانية من المتطوعين", "جنود"). */
    private static boolean armedAmongVictims(Mentions m, Clause clause) {
        for (int k = clause.first(); k < clause.end(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.civilian()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first state or armed actor named in the clause, else the given one. */
    private static Actor armedNamed(Mentions m, Clause clause, Actor otherwise) {
        for (ActorMention a : m.actors()) {
            if (clause.contains(a.first()) && !a.actor().isCivilian() && (a.actor().isState()
                    || a.actor().category().contains("militia"))) {
                return a.actor();
            }
        }
        return otherwise;
    }

    /** "الهجوم", "هذا الهجوم": the event word refers back to an incident already told. */
    private static boolean anaphoric(AnalyzedText text, TermMatch trigger) {
        String prefix = trigger.prefix();
        if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
            return true;
        }
        if (trigger.first() > 0) {
            String before = text.token(trigger.first() - 1).form();
            return before.equals("هذا") || before.equals("هذه") || before.equals("ذلك") || before.equals("تلك");
        }
        return false;
    }

    /** How many sentences after an event may name its town ("… وذلك في بلدة دياباغا"). */
    private static final int PLACE_FOLLOW_UP = 2;

    /**
     * An event placed only in a region or a country takes the town that the next sentences name with a settlement
     * cue ("وذلك في بلدة X"), when no other event is told in between and the town is in the event's country.
     */
    private List<EventDraft> placedByFollowingSentence(List<EventDraft> drafts, Mentions m) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        AnalyzedText text = m.text();
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            int nextEventStart = i + 1 < drafts.size() ? drafts.get(i + 1).evidence().start() : Integer.MAX_VALUE;
            if (d.ownPlace() || d.location() == null) {
                out.add(d);
                continue;
            }
            int lastSentence = text.sentenceOf(tokenAt(text, d.evidence().end() - 1)).index();
            PlaceMention found = null;
            for (PlaceMention p : m.places()) {
                int s = text.token(p.first()).sentence();
                boolean settled = p.cue() != null && p.place() != null && !p.place().isArea()
                        && (p.geoPrecision() == 1) && d.location().country() != null
                        && d.location().country().equals(p.place().country());
                if (s > lastSentence && s <= lastSentence + PLACE_FOLLOW_UP && p.span().start() < nextEventStart && settled) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                out.add(d);
                continue;
            }
            Place p = found.place();
            out.add(d.placedAt(new Location(p.name(), p.admin1().isEmpty() ? null : p.admin1(), p.country(), p.lat(),
                    p.lon(), found.geoPrecision(), p.id())));
        }
        return out;
    }

    /**
     * "… أعلنت أنها تمكنت من إسقاط مروحية. إلا أن مصادر رسمية أكدت عدم صحة هذه الأخبار": an allegation denied in
     * the very next sentence (one that tells no event of its own) is a denied event.
     */
    private static List<EventDraft> deniedByNextSentence(List<EventDraft> drafts, Mentions m) {
        AnalyzedText text = m.text();
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            int next = text.sentenceOf(tokenAt(text, d.evidence().end() - 1)).index() + 1;
            boolean nextTellsEvent = i + 1 < drafts.size() && drafts.get(i + 1).sentence() == next;
            if (d.status() == Status.DENIED || next >= text.sentences().size() || nextTellsEvent) {
                out.add(d);
                continue;
            }
            Sentence s = text.sentences().get(next);
            boolean denial = false;
            for (int k = s.firstToken(); k < s.endToken() && !denial; k++) {
                for (TermMatch t : m.index().at(k)) {
                    denial |= t.term() instanceof StatusCueTerm c && c.cue() == StatusCueTerm.Cue.DENIAL;
                }
            }
            // "كذبت السلطات بيان الجماعة معلنة أن الحصيلة 23": a counter-figure confirms the event, it denies the toll
            boolean counterFigure = false;
            for (NumberMention n : m.numbers()) {
                counterFigure |= n.first() >= s.firstToken() && n.first() < s.endToken();
            }
            out.add(denial && !counterFigure ? d.withStatus(Status.DENIED) : d);
        }
        return out;
    }

    /** The token holding a character offset (the last token starting at or before it). */
    private static int tokenAt(AnalyzedText text, int offset) {
        int lo = 0;
        int hi = text.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (text.token(mid).span().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private Actor unidentified() {
        return ontology.get("unidentified-armed-group").orElse(null);
    }

    /** An attack noun after the event word says who was hit: "هجوم على قرية" (civilians), "على قاعدة" (armed). */
    private static Boolean targetNoun(Mentions m, Clause clause, TermMatch trigger) {
        for (int k = trigger.end(); k < clause.end(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.person()) {
                    return target.civilian();
                }
            }
        }
        for (int k = clause.first(); k < trigger.first(); k++) {
            for (TermMatch t : m.index().at(k)) {
                if (t.term() instanceof TargetTerm target && !target.person()) {
                    return target.civilian();
                }
            }
        }
        return null;
    }

    /** @param vague a relative span ("مؤخرا", "قبل أيام") that dates but does not pin an incident */
    private record DateChoice(TimeSpan value, boolean own, boolean background, boolean vague) {
        DateChoice(TimeSpan value, boolean own, boolean background) {
            this(value, own, background, false);
        }
    }

    /** Tokens within which a date next to a verb of saying is the date of the statement, not of the incident. */
    private static final int STATEMENT_DATE_WINDOW = 8;
    /** A date further than this from the event word in its clause qualifies another verb of the clause. */
    private static final int OWN_DATE_DISTANCE = 25;
    /** A relative span longer than this many days is too vague to pin an incident on its own. */
    private static final int VAGUE_SPAN_DAYS = 8;

    private static DateChoice date(Mentions m, Clause clause, int trigger, DocumentMarks marks) {
        DateMention best = null;
        DateMention farBefore = null;
        DateMention statement = null;
        int bestScore = Integer.MAX_VALUE;
        boolean since = false;
        for (DateMention d : m.dates()) {
            if (!clause.contains(d.first())) {
                continue;
            }
            if (Math.abs(d.first() - trigger) > OWN_DATE_DISTANCE) {
                // far ahead in a long listing ("عملياتها خلال شهر نوفمبر شملت هجوما … وكمينا …"): it dates the
                // items that follow without being any one item's own date
                if (d.first() < trigger && d.isPoint() && d.resolved() != null) {
                    farBefore = d;
                }
                continue;
            }
            if (!d.isPoint()) {
                since |= d.relation() == DateMention.Relation.SINCE;
                continue;
            }
            if (d.resolved() == null && d.expression().kind() != org.marsad.engine.time.TimeExpression.Kind.CALENDAR) {
                continue;
            }
            if (statement == null && statementDate(m.text(), marks, d) && d.resolved() != null
                    && d.resolved().precision() == Precision.DAY) {
                statement = d;
            }
            int score = Math.abs(d.first() - trigger) + (statementDate(m.text(), marks, d) ? 20 : 0)
                    + (d.expression().kind() == org.marsad.engine.time.TimeExpression.Kind.RELATIVE
                    && d.expression().relative().from() == 0 ? 8 : 0);
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (best != null && statement != null && statement != best
                && best.expression().kind() == org.marsad.engine.time.TimeExpression.Kind.RELATIVE) {
            // "أعلنت الحكومة أمس الإثنين مقتل 55 … خلال اليومين الماضيين": the two days before the announcement
            TimeSpan v = RESOLVER.resolve(best.expression(), statement.resolved(), null, true);
            if (v != null) {
                return new DateChoice(v, true, false, false);
            }
        }
        if (best != null && statementDate(m.text(), marks, best)) {
            // the day a source spoke: the best date there is, but not the incident's own
            return new DateChoice(best.resolved(), false, false);
        }
        if (best != null) {
            org.marsad.engine.time.TimeExpression e = best.expression();
            // "مؤخرا" (within two weeks) dates a trend as much as an incident; "قبل أيام" (this week) is news
            boolean vague = e.kind() == org.marsad.engine.time.TimeExpression.Kind.RELATIVE
                    && e.relative().unit() == org.marsad.engine.time.TimeUnit.DAY
                    && e.relative().to() - e.relative().from() > VAGUE_SPAN_DAYS;
            return new DateChoice(best.resolved(), true, false, vague);
        }
        if (farBefore != null) {
            return new DateChoice(farBefore.resolved(), false, false);
        }
        if (recalled(m.text(), clause)) {
            // "وقبلها قتلت …", "وكانت قد …": an earlier incident recalled without its date
            return new DateChoice(null, true, false);
        }
        if (since) {
            return new DateChoice(null, false, true);
        }
        AnalyzedText text = m.text();
        Sentence s = text.sentences().get(clause.sentence());
        // an earlier clause of the same sentence, then up to DATE_LOOKBACK sentences back in the paragraph
        DateMention inherited = null;
        for (DateMention d : m.dates()) {
            if (d.first() >= clause.first()) {
                break;
            }
            Sentence ds = text.sentenceOf(d.first());
            if (d.isPoint() && d.resolved() != null && ds.paragraph() == s.paragraph()
                    && s.index() - ds.index() <= DATE_LOOKBACK) {
                inherited = d;
            }
        }
        if (inherited != null) {
            return new DateChoice(inherited.resolved(), false, false);
        }
        TimeSpan published = m.publication().date();
        if (published == null) {
            return new DateChoice(null, false, false);
        }
        Precision p = published.precision() == Precision.DAY ? Precision.WEEK : published.precision();
        return new DateChoice(published.withPrecision(p), false, false);
    }

    private static final java.util.Set<String> RECALL_OPENERS = java.util.Set.of("وقبلها", "قبلها", "وبعدها", "وسبق",
            "وسبقه", "وسبقها", "وسبقت");
    /** "وكانت الجماعة قد …": the pluperfect, an earlier incident. */
    private static final java.util.Set<String> PLUPERFECT = java.util.Set.of("وكانت", "وكان", "كانت", "كان");
    private static final int PLUPERFECT_WINDOW = 5;

    private static boolean recalled(AnalyzedText text, Clause clause) {
        for (int k = clause.first(); k < Math.min(clause.end(), clause.first() + 2); k++) {
            String f = text.token(k).form();
            if (RECALL_OPENERS.contains(f)) {
                return true;
            }
            if (PLUPERFECT.contains(f)) {
                for (int j = k + 1; j < Math.min(clause.end(), k + PLUPERFECT_WINDOW); j++) {
                    if (text.token(j).is("قد")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "أعلنت الحكومة -أمس الثلاثاء- …", "تبنت الجماعة، اليوم السبت، …": the date of a statement. */
    private static boolean statementDate(AnalyzedText text, DocumentMarks marks, DateMention d) {
        boolean saying = false;
        for (int k = Math.max(0, d.first() - STATEMENT_DATE_WINDOW); k < d.first(); k++) {
            if (marks.sayingAt()[k]) {
                saying = true;
            } else if (saying && (text.token(k).is("ان") || text.token(k).is("بان"))) {
                // "ذكرت المصادر أن الهجوم بدأ عصر أمس": after "أن" the date belongs to what was said
                saying = false;
            }
        }
        return saying;
    }

    private record PlaceChoice(Location location, boolean own) {
    }

    private PlaceChoice place(Mentions m, Clause clause, int trigger) {
        PlaceMention best = null;
        for (PlaceMention p : m.places()) {
            if (p.place() == null || !clause.contains(p.first()) || p.place().isCountry()) {
                continue;
            }
            if (best == null || score(p, trigger) < score(best, trigger)) {
                best = p;
            }
        }
        if (best != null) {
            Place p = best.place();
            boolean area = p.isArea();
            return new PlaceChoice(new Location(p.name(), p.admin1().isEmpty() ? null : p.admin1(), p.country(),
                    p.lat(), p.lon(), best.geoPrecision(), p.id()), !area);
        }
        String country = countryIn(m, clause);
        if (country == null) {
            country = m.country();
        }
        if (country == null) {
            return new PlaceChoice(null, false);
        }
        Place c = gazetteer.country(country).orElse(null);
        return new PlaceChoice(new Location(c == null ? null : c.name(), null, country, null, null, 3,
                c == null ? null : c.id()), false);
    }

    /** Places after the event word come first ("هجوم في بير"), then the nearest. */
    private static int score(PlaceMention p, int trigger) {
        int d = p.first() - trigger;
        return d >= 0 ? d : 1000 - d;
    }

    private static String countryIn(Mentions m, Clause clause) {
        for (PlaceMention p : m.places()) {
            if (p.place() != null && p.place().isCountry() && clause.contains(p.first()) && !acrossBorder(m.text(), p)) {
                return p.place().country();
            }
        }
        return null;
    }

    /** "على بعد 60 كلم من الحدود مع موريتانيا": a neighbour named at a border is not where the event is. */
    private static boolean acrossBorder(AnalyzedText text, PlaceMention p) {
        for (int k = Math.max(0, p.first() - 2); k < p.first(); k++) {
            String f = text.token(k).form();
            if (f.equals("مع") || f.endsWith("حدود") || f.startsWith("حدود") || f.equals("نحو") || f.equals("باتجاه")) {
                return true;
            }
        }
        return false;
    }

    /** "75 قتيلا في 8 عمليات", "في هجومين": a toll over several operations is an aggregate. */
    private static boolean aggregate(Mentions m, Clause clause) {
        for (NumberMention n : m.numbers()) {
            if (clause.contains(n.first()) && n.value() > 1) {
                String own = m.text().token(n.end() - 1).form();
                String next = n.end() < m.text().size() ? m.text().token(n.end()).form() : "";
                if (operations(own) || operations(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean operations(String form) {
        return form.startsWith("عمليات") || form.startsWith("هجمات") || form.startsWith("عملي") || form.startsWith("هجوم");
    }

    /**
     * "مقتل 14 شخصا في هجومين منفصلين": a lead that sums up separate attacks the text then tells one by one.
     * It is kept only when the text does not tell them.
     */
    private static boolean summary(Mentions m, Clause clause) {
        if (!aggregate(m, clause)) {
            return false;
        }
        for (int k = clause.first(); k < clause.end(); k++) {
            if (m.text().token(k).form().startsWith("منفصل")) {
                return true;
            }
        }
        return false;
    }

    private Event toEvent(String docId, int n, AnalyzedText text, EventDraft d, String country) {
        double confidence = confidence(d);
        Actor actor2 = d.actor2();
        if (actor2 == null && d.subType().type() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            // ACLED: violence against civilians always has civilians as its second actor
            actor2 = ontology.role("@civilians", country).orElse(null);
        }
        List<Evidence> related = new ArrayList<>();
        for (Span s : d.related()) {
            related.add(Evidence.of(text.original(), s));
        }
        return new Event(docId, docId + "#" + n, d.date(), d.subType().type(), d.subType(), ref(d.actor1()),
                ref(actor2), List.of(), d.location(), d.fatalities(), d.status(), ref(d.claimedBy()),
                ref(d.suspected()), Evidence.of(text.original(), d.evidence()), confidence, d.aggregate(), related);
    }

    /** A first calibration: evidence of a specific incident raises confidence; hedged statuses lower it. */
    static double confidence(EventDraft d) {
        double c = 0.35;
        c += d.priority() >= 50 ? 0.15 : d.priority() >= 40 ? 0.1 : 0.0;
        c += d.ownDate() ? 0.15 : 0.0;
        c += d.ownPlace() ? 0.1 : 0.0;
        c += d.actor1() != null && !d.actor1().category().equals("unidentified") ? 0.1 : 0.0;
        c += d.fatalities() != null ? 0.1 : 0.0;
        if (d.status() == Status.RUMOR || d.status() == Status.SPECULATION) {
            c -= 0.2;
        }
        return Math.max(0.05, Math.min(0.95, c));
    }

    private static ActorRef ref(Actor a) {
        return a == null ? null : new ActorRef(a.id(), a.name());
    }
}
