package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.model.ConfidenceFactor;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Evidence;
import org.marsad.engine.model.Status;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Span;

/**
 * Builds ACLED-style events from a document's mentions: one draft per clause that holds an event word (see
 * {@link ClauseDrafter}, {@link EventDating}, {@link EventPlacing}), then clauses about one incident are
 * merged and deduplicated, and the post-passes run in order before the drafts become events.
 */
public final class EventExtractor {
    private final ActorOntology ontology;
    private final ConfidenceModel confidence;
    private final ClauseSplitter clauses;
    private final ClauseReading reading;
    private final ChromeFilter chrome = new ChromeFilter();
    private final HeadingFilter headings = new HeadingFilter();
    private final ClauseDrafter drafter;
    private final EventDating dating;
    private final IncidentMerger merger = new IncidentMerger();
    private final PlacedByFollowingSentencePass placedByFollowingSentence = new PlacedByFollowingSentencePass();
    private final DeniedByNextSentencePass deniedByNextSentence = new DeniedByNextSentencePass();

    public EventExtractor(ActorOntology ontology, Gazetteer gazetteer, EventKnowledge knowledge) {
        this.ontology = ontology;
        this.confidence = knowledge.confidence();
        this.clauses = new ClauseSplitter(knowledge.words());
        this.reading = new ClauseReading(knowledge.words());
        this.dating = new EventDating(knowledge.words());
        this.drafter = new ClauseDrafter(ontology, gazetteer, knowledge.words());
    }

    public List<Event> extract(Mentions m) {
        AnalyzedText text = m.text();
        DocumentMarks marks = DocumentMarks.of(m);
        ParagraphCounts paragraphs = new ParagraphCounts(text);
        int headingEnd = -1; // the paragraph where the heading ends, found for the first draft
        List<EventDraft> body = new ArrayList<>();
        List<EventDraft> head = new ArrayList<>();
        for (Clause clause : clauses.split(text, m.dates(), marks)) {
            int paragraph = text.sentences().get(clause.sentence()).paragraph();
            if (chrome.chrome(paragraphs, paragraph) || ClauseReading.caption(text, clause)) {
                continue;
            }
            TermMatch trigger = EventWords.strongest(marks, clause);
            EventDraft previous = body.isEmpty() ? null : body.get(body.size() - 1);
            Actor lastClaimer = previous != null && previous.paragraph() == paragraph ? previous.claimedBy() : null;
            EventDraft draft = drafter.draft(m, clause, trigger, marks, lastClaimer);
            if (draft != null && previous != null && (previous.sentence() == draft.sentence()
                    || continuedOverLineBreak(text, previous.sentence(), draft.sentence()))) {
                draft = draft.withImplicitSubject(previous);
            }
            if (draft != null && clause.sentence() > 0 && reading.sameContext(text, text.sentences().get(clause.sentence()))) {
                Sentence before = text.sentences().get(clause.sentence() - 1);
                if (before.paragraph() == paragraph) {
                    draft = draft.withImplicitSubject(ClauseReading.lastGroupNamed(m, marks, before));
                }
            }
            if (draft != null && !draft.ownDate()) {
                draft = dating.datedByTextOrder(text, clause, trigger, marks, draft, body);
            }
            if (draft != null) {
                headingEnd = headingEnd < 0 ? headings.headingEnd(text, paragraphs) : headingEnd;
                (paragraph < headingEnd ? head : body).add(draft);
            }
        }
        List<EventDraft> merged = merger.merge(body);
        if (merged.isEmpty()) {
            merged = merger.merge(head);
        } else {
            merged = merger.enrichFromHeadline(merged, head);
        }
        merged = merger.dedupe(anchored(merged));
        merged = merger.withoutToldSummaries(merged);
        merged = placedByFollowingSentence.apply(merged, m);
        merged = deniedByNextSentence.apply(merged, m, marks);
        merged = splitByTarget(merged, m.country());
        List<Event> events = new ArrayList<>(merged.size());
        String docId = text.document().id();
        for (EventDraft d : merged) {
            events.add(toEvent(docId, events.size() + 1, text, d, m.country()));
        }
        return events;
    }

    /** Each incident whose toll counts civilians and armed defenders apart, as a clash and an attack on civilians. */
    private List<EventDraft> splitByTarget(List<EventDraft> drafts, String documentCountry) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (EventDraft d : drafts) {
            if (d.civilianShare() == null) {
                out.add(d);
                continue;
            }
            String country = d.location() != null && d.location().country() != null ? d.location().country() : documentCountry;
            out.addAll(d.splitByTarget(ontology.role("@civilians", country).orElse(null),
                    ontology.role("@army", country).orElse(null)));
        }
        return out;
    }

    /** The drafts tied to a particular incident (see {@link EventDraft#anchored}). */
    private static List<EventDraft> anchored(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (EventDraft d : drafts) {
            if (d.anchored()) {
                out.add(d);
            }
        }
        return out;
    }

    private Event toEvent(String docId, int n, AnalyzedText text, EventDraft d, String country) {
        List<ConfidenceFactor> basis = basis(d);
        Actor actor2 = d.actor2();
        if (actor2 == null && d.subType().type() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            // ACLED: violence against civilians always has civilians as its second actor
            actor2 = ontology.role("@civilians", country).orElse(null);
        }
        List<Evidence> related = new ArrayList<>();
        for (Span s : d.related()) {
            related.add(Evidence.of(text.original(), s));
        }
        // the allies of the merged incident, each once, without its two sides
        List<ActorRef> associated = new ArrayList<>(d.associated().size());
        for (Actor a : d.associated()) {
            if (a != d.actor1() && a != actor2 && !associated.contains(ref(a))) {
                associated.add(ref(a));
            }
        }
        return new Event(docId, docId + "#" + n, d.date(), d.subType().type(), d.subType(), ref(d.actor1()),
                ref(actor2), associated, d.location(), d.fatalities(), d.status(), ref(d.claimedBy()),
                ref(d.suspected()), Evidence.of(text.original(), d.evidence()), confidence.of(basis), d.aggregate(), related,
                basis);
    }

    /** Event words at or above these priorities (triggers.tsv) name a specific act, or at least a kind of incident. */
    private static final int SPECIFIC_PRIORITY = 50;
    private static final int TYPED_PRIORITY = 40;

    /** What the text offers in support of the drafted event. */
    static List<ConfidenceFactor> basis(EventDraft d) {
        List<ConfidenceFactor> out = new ArrayList<>();
        if (d.priority() >= SPECIFIC_PRIORITY) {
            out.add(ConfidenceFactor.SPECIFIC_WORD);
        } else if (d.priority() >= TYPED_PRIORITY) {
            out.add(ConfidenceFactor.TYPED_WORD);
        }
        add(out, d.ownDate(), ConfidenceFactor.OWN_DATE);
        add(out, d.ownPlace(), ConfidenceFactor.OWN_PLACE);
        add(out, d.actor1() != null && !d.actor1().category().equals("unidentified"), ConfidenceFactor.NAMED_ACTOR);
        add(out, d.fatalities() != null, ConfidenceFactor.TOLL);
        add(out, d.lastSentence() > d.sentence() || !d.related().isEmpty(), ConfidenceFactor.SEVERAL_PASSAGES);
        add(out, d.status() == Status.CLAIMED, ConfidenceFactor.CLAIMED);
        add(out, d.status() == Status.RUMOR || d.status() == Status.SPECULATION, ConfidenceFactor.UNCONFIRMED);
        add(out, d.status() == Status.DENIED, ConfidenceFactor.DENIED);
        add(out, d.aggregate(), ConfidenceFactor.AGGREGATE);
        return out;
    }

    private static void add(List<ConfidenceFactor> out, boolean present, ConfidenceFactor f) {
        if (present) {
            out.add(f);
        }
    }

    private static ActorRef ref(Actor a) {
        return a == null ? null : new ActorRef(a.id(), a.name());
    }

    /** "… حصاراً على منطقة ليري،⏎وفي 17 سبتمبر هاجمت الجيش": a line that ends on a comma goes on in the next one. */
    private static boolean continuedOverLineBreak(AnalyzedText text, int before, int after) {
        if (after != before + 1) {
            return false;
        }
        Sentence s = text.sentences().get(before);
        return text.token(s.endToken() - 1).is(",");
    }
}
