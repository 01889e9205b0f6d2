package org.marsad.engine.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.actors.ActorTerm;
import org.marsad.engine.actors.Affiliation;
import org.marsad.engine.events.StatusCueTerm;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Status;
import org.marsad.engine.pipeline.DocumentAnalysis;
import org.marsad.engine.relations.RelationCueTerm.Kind;
import org.marsad.engine.relations.RelationObservation.Source;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Span;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.TimeSpan;

/**
 * Reads the relations between actors out of one analysed document, in passes over each sentence:
 * <ol>
 *   <li>parent cues ("فرع القاعدة", "التابعة لتنظيم القاعدة") and appositions in parentheses
 *       ("جماعة نصرة الإسلام (تنظيم القاعدة)") give affiliation, child before parent; a global name the
 *       recogniser turned into its regional branch ("القاعدة" in Mali is JNIM) counts as the global parent;</li>
 *   <li>two actors the ontology links (member or branch) named in one sentence give affiliation;</li>
 *   <li>a statement cue (هدنة، تعاون، اشتباكات …) gives its state for the two actors nearest to it, or for the
 *       pair last named when the sentence says "the two organisations"; a negation in the clause ("لم يتحقق",
 *       "أمر صعب") drops it, and "after" before it ("بعد صراعات") marks the former state, which is dropped;</li>
 *   <li>a reported silence ("توقفت مجلة داعش … عن نشر …") is a truce signal for the pair it concerns;</li>
 *   <li>events between two actors give hostile (clashes, attacks; not a jihadist group against state forces,
 *       the conflict's standing condition) or cooperation (associated actors); a
 *       side's one-sided claims in a paragraph where its hostility to the other is stated continue the series.</li>
 * </ol>
 * Status comes from the event status cues: rumour and speculation frame the whole sentence ("ورغم أنها مجرد
 * شائعات، …"), a denial ("مجرد تخمينات") its clause, a claim word or a group's outlet makes it claimed.
 * The date is the nearest date of the cue's clause, the last date before the sentence when it says "since
 * that day", else the publication date (then {@code dated} is false). Thread-safe; no I/O.
 */
public final class RelationExtractor {
    /** How far a child may stand before its parent cue (a bracket or dash between), and the parent after it (tokens). */
    private static final int CHILD_WINDOW = 1;
    private static final int PARENT_WINDOW = 2;
    /** How far the scope of a before word ("بعد صراعات دامية أحيانا واشتباكات") reaches (tokens). */
    private static final int FORMER_WINDOW = 6;
    /** How far from a cue an actor may stand to be one of its pair (tokens). */
    private static final int PAIR_WINDOW = 15;
    private static final String OPEN_PAREN = "(";

    private final Knowledge knowledge;
    private final ActorOntology ontology;

    public RelationExtractor(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.ontology = knowledge.actors();
    }

    public List<RelationObservation> extract(DocumentAnalysis analysis) {
        AnalyzedText text = knowledge.text().analyze(analysis.document());
        MatchIndex index = new MatchIndex(knowledge.lexicon().match(text.tokens()), text.size());
        return new Reading(analysis, text, index).run();
    }

    /** The state of one document's reading: the pair and date last named, for anaphora. */
    private final class Reading {
        private final DocumentAnalysis analysis;
        private final AnalyzedText text;
        private final MatchIndex index;
        private final String doc;
        private final TimeSpan published;
        private final List<RelationObservation> out = new ArrayList<>();
        private final Map<String, ActorPair> lastPairOf = new HashMap<>();
        private ActorPair lastPair;
        private TimeSpan lastDate;

        Reading(DocumentAnalysis analysis, AnalyzedText text, MatchIndex index) {
            this.analysis = analysis;
            this.text = text;
            this.index = index;
            this.doc = analysis.document().id();
            this.published = analysis.publication().date();
        }

        List<RelationObservation> run() {
            for (Sentence s : text.sentences()) {
                sentence(s);
                for (DateMention d : analysis.dates()) {
                    if (s.containsToken(d.first()) && d.resolved() != null && d.isPoint()) {
                        lastDate = d.resolved();
                    }
                }
            }
            events();
            return dedupe(out);
        }

        private void sentence(Sentence s) {
            List<ActorMention> mentions = new ArrayList<>();
            for (ActorMention m : analysis.actors()) {
                if (s.containsToken(m.first()) && relevant(m.actor())) {
                    mentions.add(m);
                }
            }
            List<TermMatch> cues = cues(s);
            if (cues.isEmpty() && mentions.size() < 2) {
                return;
            }
            SentenceStatus status = status(s);
            parents(s, mentions, cues, status);
            appositions(mentions, status);
            ontologyLinks(mentions, status);
            for (TermMatch c : cues) {
                RelationCueTerm cue = (RelationCueTerm) c.term();
                if (cue.kind() == Kind.STATEMENT && !negated(s, cues, c) && !former(s, cues, c)) {
                    ActorPair pair = pairFor(s, mentions, c, cues, false);
                    if (pair != null) {
                        if (cue.state() == RelationState.AFFILIATION) {
                            pair = new ActorPair(firstInText(mentions, pair), other(pair, firstInText(mentions, pair)), true);
                        }
                        add(pair, cue.state(), s, c, cues, status.of(clause(s, c.first())), Source.STATEMENT);
                    }
                }
            }
            boolean stop = has(cues, Kind.STOP);
            for (TermMatch c : cues) {
                RelationCueTerm cue = (RelationCueTerm) c.term();
                if (cue.kind() == Kind.SILENCE || (cue.kind() == Kind.PUBLICATION && stop)) {
                    ActorPair pair = pairFor(s, mentions, c, cues, true);
                    if (pair != null) {
                        add(pair, RelationState.TRUCE, s, c, cues, Status.SPECULATION, Source.SILENCE);
                    }
                    break;
                }
            }
        }

        private boolean relevant(Actor a) {
            return !a.isCivilian() && !a.category().equals("unidentified");
        }

        private List<TermMatch> cues(Sentence s) {
            List<TermMatch> all = new ArrayList<>();
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                for (TermMatch m : index.at(k)) {
                    if (m.term() instanceof RelationCueTerm) {
                        all.add(m);
                    }
                }
            }
            // overlapping statement or parent cues: the longest wins ("وقف الصراع" over "الصراع")
            List<TermMatch> kept = new ArrayList<>();
            for (TermMatch m : all) {
                boolean shadowed = false;
                for (TermMatch o : all) {
                    if (o != m && o.overlaps(m) && o.length() > m.length() && wordCue(o) && wordCue(m)) {
                        shadowed = true;
                    }
                }
                if (!shadowed && kept.stream().noneMatch(k -> k.first() == m.first() && k.term().equals(m.term()))) {
                    kept.add(m);
                }
            }
            return kept;
        }

        private boolean wordCue(TermMatch m) {
            Kind k = ((RelationCueTerm) m.term()).kind();
            return k == Kind.STATEMENT || k == Kind.PARENT;
        }

        private boolean has(List<TermMatch> cues, Kind kind) {
            return cues.stream().anyMatch(c -> ((RelationCueTerm) c.term()).kind() == kind);
        }

        // ---- clauses and status

        /** Index of the comma-delimited clause a token is in, counted from the sentence start. */
        private int clause(Sentence s, int token) {
            int n = 0;
            for (int k = s.firstToken(); k < token && k < s.endToken(); k++) {
                if (isClauseBreak(k)) {
                    n++;
                }
            }
            return n;
        }

        private boolean isClauseBreak(int k) {
            String f = text.token(k).form();
            return text.token(k).isPunct() && (f.equals("،") || f.equals(",") || f.equals("؛") || f.equals(";"));
        }

        private boolean negated(Sentence s, List<TermMatch> cues, TermMatch c) {
            int cl = clause(s, c.first());
            if (text.token(s.endToken() - 1).is("?")) {
                return true;
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                for (TermMatch m : index.at(k)) {
                    // a plan after the relation word ("القتال الذي كان مخططا له") is no relation; an aim before it
                    // ("يسعى لدمج") still reports what is sought
                    if (m.term() instanceof StatusCueTerm st && clause(s, k) == cl
                            && ((st.cue() == StatusCueTerm.Cue.PLANNED && k >= c.end()) || st.cue() == StatusCueTerm.Cue.HYPOTHETICAL
                            || st.cue() == StatusCueTerm.Cue.QUESTION)) {
                        return true;
                    }
                }
            }
            for (TermMatch o : cues) {
                if (((RelationCueTerm) o.term()).kind() == Kind.NEGATION && clause(s, o.first()) == cl) {
                    return true;
                }
            }
            return false;
        }

        /** "بعد صراعات دامية واشتباكات": the cue is in the scope of a "before" word of its clause. */
        private boolean former(Sentence s, List<TermMatch> cues, TermMatch c) {
            for (TermMatch o : cues) {
                if (((RelationCueTerm) o.term()).kind() == Kind.BEFORE && o.end() <= c.first() && c.first() - o.end() <= FORMER_WINDOW
                        && clause(s, o.first()) == clause(s, c.first())) {
                    return true;
                }
            }
            return false;
        }

        private record SentenceStatus(boolean rumor, boolean speculation, boolean claim, boolean independent,
                                      List<Integer> deniedClauses) {
            Status of(int clause) {
                if (deniedClauses.contains(clause)) {
                    return Status.DENIED;
                }
                if (rumor) {
                    return Status.RUMOR;
                }
                if (speculation) {
                    return Status.SPECULATION;
                }
                return claim && !independent ? Status.CLAIMED : Status.REPORTED;
            }
        }

        private SentenceStatus status(Sentence s) {
            boolean rumor = false;
            boolean speculation = false;
            boolean claim = false;
            boolean independent = false;
            List<Integer> denied = new ArrayList<>();
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                for (TermMatch m : index.at(k)) {
                    if (m.term() instanceof StatusCueTerm cue) {
                        switch (cue.cue()) {
                            case RUMOR -> rumor = true;
                            case SPECULATION -> speculation = true;
                            case CLAIM -> claim = true;
                            case INDEPENDENT_SOURCE -> independent = true;
                            case DENIAL -> denied.add(clause(s, k));
                            default -> { }
                        }
                    }
                }
            }
            return new SentenceStatus(rumor, speculation, claim, independent, denied);
        }

        // ---- pairs

        /**
         * The pair a cue speaks of: the two distinct actors nearest it in its clause; else, when the sentence says
         * "the two" ("التنظيمين"، "كليهما"), the first two actors named before that word, or the pair last named;
         * else the two nearest in the sentence within {@value #PAIR_WINDOW} tokens. A lone actor with "the two"
         * (or with a silence) pairs with the actor it was last named with.
         */
        private ActorPair pairFor(Sentence s, List<ActorMention> mentions, TermMatch cue, List<TermMatch> cues, boolean anaphoric) {
            int cl = clause(s, cue.first());
            List<ActorMention> inClause = mentions.stream().filter(m -> clause(s, m.first()) == cl).toList();
            ActorPair p = nearest(inClause, cue, Integer.MAX_VALUE);
            if (p != null) {
                return p;
            }
            java.util.Set<String> clauseIds = new java.util.TreeSet<>();
            inClause.forEach(m -> clauseIds.add(m.actor().id()));
            if (cue.suffix() && clauseIds.size() == 1) {
                // "تعاونها مع التنسيقية": the pronoun is the sentence's first actor
                for (ActorMention m : mentions) {
                    if (!clauseIds.contains(m.actor().id())) {
                        return ActorPair.of(ref(m.actor()), ref(inClause.get(0).actor()));
                    }
                }
            }
            TermMatch anaphor = cues.stream().filter(c -> ((RelationCueTerm) c.term()).kind() == Kind.PAIR_ANAPHOR).findFirst().orElse(null);
            if (anaphor != null || anaphoric) {
                int limit = anaphor == null ? cue.first() : anaphor.first();
                List<String> ids = new ArrayList<>();
                Map<String, Actor> actors = new HashMap<>();
                for (ActorMention m : mentions) {
                    if (m.end() <= limit && !ids.contains(m.actor().id())) {
                        ids.add(m.actor().id());
                        actors.put(m.actor().id(), m.actor());
                    }
                }
                if (ids.size() >= 2) {
                    return ActorPair.of(ref(actors.get(ids.get(0))), ref(actors.get(ids.get(1))));
                }
                java.util.Set<String> all = new java.util.TreeSet<>();
                mentions.forEach(m -> all.add(m.actor().id()));
                if (all.size() == 1) {
                    return lastPairOf.get(all.iterator().next());
                }
                return all.isEmpty() ? lastPair : null;
            }
            return nearest(mentions, cue, PAIR_WINDOW);
        }

        private ActorPair nearest(List<ActorMention> mentions, TermMatch cue, int window) {
            Map<String, Integer> distance = new LinkedHashMap<>();
            Map<String, Actor> actors = new HashMap<>();
            for (ActorMention m : mentions) {
                int d = m.end() <= cue.first() ? cue.first() - m.end() : Math.max(0, m.first() - cue.end());
                if (d <= window) {
                    distance.merge(m.actor().id(), d, Math::min);
                    actors.put(m.actor().id(), m.actor());
                }
            }
            if (distance.size() < 2) {
                return null;
            }
            List<String> ids = new ArrayList<>(distance.keySet());
            ids.sort(Comparator.comparingInt(distance::get));
            return ActorPair.of(ref(actors.get(ids.get(0))), ref(actors.get(ids.get(1))));
        }

        private ActorRef firstInText(List<ActorMention> mentions, ActorPair pair) {
            for (ActorMention m : mentions) {
                if (pair.involves(m.actor().id())) {
                    return ref(m.actor());
                }
            }
            return pair.a();
        }

        private ActorRef other(ActorPair pair, ActorRef one) {
            return pair.a().id().equals(one.id()) ? pair.b() : pair.a();
        }

        // ---- affiliation

        private void parents(Sentence s, List<ActorMention> mentions, List<TermMatch> cues, SentenceStatus status) {
            for (TermMatch c : cues) {
                RelationCueTerm cue = (RelationCueTerm) c.term();
                if (cue.kind() != Kind.PARENT) {
                    continue;
                }
                ActorMention parent = null;
                ActorMention child = null;
                for (ActorMention m : mentions) {
                    if (parent == null && m.first() >= c.end() && m.first() - c.end() <= PARENT_WINDOW) {
                        parent = m;
                    }
                    if (m.end() <= c.first() && c.first() - m.end() <= CHILD_WINDOW) {
                        child = m;
                    }
                }
                if (parent == null) {
                    continue;
                }
                Actor global = globalOf(parent);
                Actor p = parent.actor();
                Actor ch;
                if (child == null || child.actor().id().equals(p.id())) {
                    // "فرع القاعدة": the branch the name was resolved to, under the global organisation named
                    ch = child == null ? p : child.actor();
                    p = global;
                } else {
                    ch = child.actor();
                    if (global != null && !global.id().equals(p.id()) && linked(ch, global)) {
                        p = global;
                    }
                }
                if (p == null || ch.id().equals(p.id())) {
                    continue;
                }
                Span span = new Span((child == null ? text.span(c.first(), c.end()) : child.span()).start(), parent.span().end());
                add(ActorPair.childParent(ref(ch), ref(p)), RelationState.AFFILIATION, s, span, cues, status.of(clause(s, c.first())),
                        Source.APPOSITION, false);
            }
        }

        /** "X (Y)": a name and, in parentheses right after it, a parent or child the ontology confirms. */
        private void appositions(List<ActorMention> mentions, SentenceStatus status) {
            for (int i = 0; i + 1 < mentions.size(); i++) {
                ActorMention x = mentions.get(i);
                ActorMention y = mentions.get(i + 1);
                if (y.first() != x.end() + 1 || !text.token(x.end()).form().equals(OPEN_PAREN)) {
                    continue;
                }
                Actor yg = globalOf(y);
                for (Actor cand : yg == null ? List.of(y.actor()) : List.of(yg, y.actor())) {
                    Actor child = null;
                    Actor parent = null;
                    if (linked(x.actor(), cand)) {
                        child = x.actor();
                        parent = cand;
                    } else if (linked(cand, x.actor())) {
                        child = cand;
                        parent = x.actor();
                    }
                    if (child != null && !child.id().equals(parent.id())) {
                        Sentence s = text.sentenceOf(x.first());
                        add(ActorPair.childParent(ref(child), ref(parent)), RelationState.AFFILIATION, s,
                                x.span().union(y.span()), List.of(), status.of(clause(s, x.first())), Source.APPOSITION, false);
                        break;
                    }
                }
            }
        }

        private void ontologyLinks(List<ActorMention> mentions, SentenceStatus status) {
            for (ActorMention x : mentions) {
                for (ActorMention y : mentions) {
                    if (!x.actor().id().equals(y.actor().id()) && linked(x.actor(), y.actor())) {
                        Sentence s = text.sentenceOf(x.first());
                        add(ActorPair.childParent(ref(x.actor()), ref(y.actor())), RelationState.AFFILIATION, s,
                                s.span(), List.of(), status.of(clause(s, x.first())), Source.ONTOLOGY, false);
                    }
                }
            }
        }

        /** Whether the ontology makes the child a branch or member of the parent at the document's date. */
        private boolean linked(Actor child, Actor parent) {
            for (Affiliation a : ontology.parentsOf(child.id(), published == null ? null : published.start())) {
                if (a.parent().equals(parent.id()) && (a.relation().equals("branch-of") || a.relation().equals("member-of"))) {
                    return true;
                }
            }
            return false;
        }

        /** The global organisation a mention names when the recogniser resolved it to a regional branch. */
        private Actor globalOf(ActorMention m) {
            for (TermMatch t : index.at(m.first())) {
                if (t.term() instanceof ActorTerm at && t.end() == m.end() && !at.isRole()) {
                    Actor g = ontology.get(at.target()).orElse(null);
                    if (g != null && !g.id().equals(m.actor().id())) {
                        return g;
                    }
                }
            }
            return null;
        }

        // ---- observations

        private void add(ActorPair pair, RelationState state, Sentence s, TermMatch cue, List<TermMatch> cues,
                         Status status, Source source) {
            add(pair, state, s, s.span(), cues, status, source, true, cue);
        }

        private void add(ActorPair pair, RelationState state, Sentence s, Span span, List<TermMatch> cues,
                         Status status, Source source, boolean remember) {
            add(pair, state, s, span, cues, status, source, remember, null);
        }

        private void add(ActorPair pair, RelationState state, Sentence s, Span span, List<TermMatch> cues,
                         Status status, Source source, boolean remember, TermMatch cue) {
            DateChoice when = date(s, cue, cues);
            if (when.date == null) {
                return;
            }
            RelationEvidence ev = new RelationEvidence(doc, span, span.in(text.original()));
            out.add(new RelationObservation(pair, state, when.date, when.dated, when.onset, status,
                    confidence(source, status), source, ev, published, pair.unordered().key() + "|" + state.label()));
            if (remember && state != RelationState.AFFILIATION) {
                lastPair = pair;
                lastPairOf.put(pair.a().id(), pair);
                lastPairOf.put(pair.b().id(), pair);
            }
        }

        private record DateChoice(TimeSpan date, boolean dated, boolean onset) {
        }

        private DateChoice date(Sentence s, TermMatch cue, List<TermMatch> cues) {
            boolean onset = false;
            TermMatch timeAnaphor = null;
            int cl = cue == null ? -1 : clause(s, cue.first());
            for (TermMatch c : cues) {
                Kind k = ((RelationCueTerm) c.term()).kind();
                if (k == Kind.TIME_ANAPHOR) {
                    timeAnaphor = c;
                }
                if (k == Kind.ONSET && cue != null && clause(s, c.first()) == cl) {
                    onset = true;
                }
            }
            DateMention best = null;
            if (cue != null) {
                for (DateMention d : analysis.dates()) {
                    boolean usable = d.resolved() != null && s.containsToken(d.first()) && clause(s, d.first()) <= cl
                            && (d.isPoint() || d.relation() == DateMention.Relation.SINCE)
                            && (timeAnaphor == null || d.end() <= timeAnaphor.first() || d.first() >= timeAnaphor.end());
                    if (usable && (best == null || rank(s, d, cue, cl) < rank(s, best, cue, cl))) {
                        best = d;
                    }
                }
            }
            if (best != null) {
                return new DateChoice(best.resolved(), true, onset || best.relation() == DateMention.Relation.SINCE);
            }
            if (timeAnaphor != null && lastDate != null) {
                return new DateChoice(lastDate, true, onset);
            }
            return new DateChoice(published, false, false);
        }

        /** Dates of the cue's own clause first, then of the clauses before it (a fronted "وفي 8 سبتمبر،"); nearest first. */
        private int rank(Sentence s, DateMention d, TermMatch cue, int cueClause) {
            return (clause(s, d.first()) == cueClause ? 0 : 10_000) + distance(d, cue);
        }

        private int distance(DateMention d, TermMatch cue) {
            return d.end() <= cue.first() ? cue.first() - d.end() : Math.abs(d.first() - cue.end());
        }

        // ---- events

        private void events() {
            for (Event e : analysis.events()) {
                boolean violent = e.type() == EventType.BATTLES || e.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
                Actor a1 = actor(e.actor1());
                Actor a2 = actor(e.actor2());
                TimeSpan date = e.date() != null ? e.date() : published;
                if (date == null) {
                    continue;
                }
                boolean dated = e.date() != null;
                RelationEvidence ev = new RelationEvidence(doc, e.evidence().span(), e.evidence().text());
                double conf = confidence(Source.EVENT, e.status()) * e.confidence();
                if (violent && a1 != null && a2 != null && !a1.id().equals(a2.id()) && !baseline(a1, a2)) {
                    event(ActorPair.of(ref(a1), ref(a2)), RelationState.HOSTILE, date, dated, e.status(), conf, Source.EVENT, ev);
                }
                for (var assoc : e.assocActors()) {
                    Actor x = actor(assoc);
                    if (x != null && a1 != null && !x.id().equals(a1.id())) {
                        event(ActorPair.of(ref(a1), ref(x)), RelationState.COOPERATION, date, dated, e.status(), conf, Source.EVENT, ev);
                    }
                }
                Actor claimer = actor(e.claimedBy());
                if (violent && claimer != null && a2 == null) {
                    ActorPair series = hostilePairInParagraph(claimer, e.evidence().span());
                    if (series != null) {
                        event(series, RelationState.HOSTILE, date, dated, Status.CLAIMED,
                                confidence(Source.CLAIM_SERIES, Status.CLAIMED), Source.CLAIM_SERIES, ev);
                    }
                }
            }
        }

        /**
         * A jihadist group fighting a state's forces is the standing condition of the conflict, not a change in a
         * relation; the corpus conventions code hostility only between armed groups, or between a state and a
         * rebel or militia. Such clashes stay events.
         */
        private boolean baseline(Actor a, Actor b) {
            return (a.isState() && b.category().equals("jihadist")) || (b.isState() && a.category().equals("jihadist"))
                    || (a.isState() && b.isState() && a.countries().equals(b.countries()));
        }

        private void event(ActorPair pair, RelationState state, TimeSpan date, boolean dated, Status status, double conf,
                           Source source, RelationEvidence ev) {
            out.add(new RelationObservation(pair, state, date, dated, false, status, Math.min(1, Math.max(0, conf)),
                    source, ev, published, pair.unordered().key() + "|" + state.label()));
        }

        private ActorPair hostilePairInParagraph(Actor claimer, Span evidence) {
            int paragraph = paragraphAt(evidence.start());
            for (RelationObservation o : out) {
                if (o.state() == RelationState.HOSTILE && o.pair().involves(claimer.id())
                        && paragraphAt(o.evidence().span().start()) == paragraph) {
                    return o.pair();
                }
            }
            return null;
        }

        private int paragraphAt(int offset) {
            for (Sentence s : text.sentences()) {
                if (s.span().start() <= offset && offset < Math.max(s.span().end(), s.span().start() + 1)) {
                    return s.paragraph();
                }
            }
            return -1;
        }

        private Actor actor(ActorRef r) {
            if (r == null) {
                return null;
            }
            Actor a = ontology.get(r.id()).orElse(null);
            return a == null || !relevant(a) ? null : a;
        }
    }

    private static ActorRef ref(Actor a) {
        return new ActorRef(a.id(), a.name());
    }

    /** Base confidence by where the observation comes from, lowered for statuses short of a report. */
    static double confidence(Source source, Status status) {
        double base = switch (source) {
            case APPOSITION -> 0.85;
            case STATEMENT -> 0.8;
            case EVENT -> 0.75;
            case ONTOLOGY -> 0.6;
            case CLAIM_SERIES -> 0.5;
            case SILENCE -> 0.4;
            case CLAIM_RATE -> 0.3;
        };
        double factor = switch (status) {
            case REPORTED -> 1.0;
            case CLAIMED -> 0.8;
            case DENIED -> 0.7;
            case SPECULATION, RUMOR -> 0.5;
        };
        return Math.round(base * factor * 100) / 100.0;
    }

    /** One observation per pair, state, document and evidence start: the most confident. */
    private static List<RelationObservation> dedupe(List<RelationObservation> in) {
        Map<String, RelationObservation> best = new LinkedHashMap<>();
        for (RelationObservation o : in) {
            String key = o.pair().key() + "|" + o.state() + "|" + o.evidence().docId() + "|" + o.evidence().span().start()
                    + "|" + o.status();
            best.merge(key, o, (x, y) -> y.confidence() > x.confidence() ? y : x);
        }
        List<RelationObservation> out = new ArrayList<>(best.values());
        out.sort(RelationObservation.ORDER);
        return List.copyOf(out);
    }

    /** Precision of a date as a label, for reports. */
    static String precision(TimeSpan t) {
        return t == null ? Precision.UNKNOWN.label() : t.precision().label();
    }
}
