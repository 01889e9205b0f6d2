package org.marsad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;

/**
 * Finds actor mentions and links them, in passes:
 * <ol>
 *   <li>longest non-overlapping alias or person name (persons stand for their group);</li>
 *   <li>a name followed by one of its blocking words is dropped ("القاعدة العسكرية" is a base);</li>
 *   <li>a role ("الجيش", "جنود", "مدنيين") takes the country of an adjective right after it
 *       ("الجيش البوركيني"), else the document's country;</li>
 *   <li>a global organisation becomes its regional branch for the document's country and date;</li>
 *   <li>"الجماعة", "التنظيم" (role {@code @group}) refer back to the last armed group named.</li>
 * </ol>
 */
public final class ActorRecognizer {
    private static final String GROUP_ANAPHOR = "@group";
    /** How far after a role an adjective of nationality may stand ("جنود من الجيش المالي"). */
    private static final int ADJECTIVE_WINDOW = 3;

    /**
     * Longest first, then in text order. Written as one comparator rather than chained ones: the chain's
     * lambdas call each other through call sites every sort in the pipeline shares, which costs more than the
     * comparisons themselves.
     */
    private static final Comparator<TermMatch> LONGEST_FIRST = (a, b) -> a.length() != b.length()
            ? Integer.compare(b.length(), a.length()) : Integer.compare(a.first(), b.first());
    private static final Comparator<TermMatch> IN_TEXT_ORDER = (a, b) -> Integer.compare(a.first(), b.first());

    private final ActorOntology ontology;

    public ActorRecognizer(ActorOntology ontology) {
        this.ontology = ontology;
    }

    public List<ActorMention> recognize(AnalyzedText text, MatchIndex index, String country, LocalDate date) {
        List<TermMatch> candidates = new ArrayList<>();
        for (TermMatch m : index.all()) {
            if (m.term() instanceof ActorTerm || m.term() instanceof PersonTerm) {
                candidates.add(m);
            }
        }
        candidates.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[text.size() + 1];
        List<TermMatch> chosen = new ArrayList<>();
        for (TermMatch m : candidates) {
            boolean free = true;
            for (int k = m.first(); k < m.end(); k++) {
                free &= !taken[k];
            }
            if (!free || blocked(text, m)) {
                continue;
            }
            for (int k = m.first(); k < m.end(); k++) {
                taken[k] = true;
            }
            chosen.add(m);
        }
        chosen.sort(IN_TEXT_ORDER);
        List<ActorMention> out = new ArrayList<>();
        Actor lastGroup = null;
        for (TermMatch m : chosen) {
            Optional<Link> link = link(text, index, m, country, date, lastGroup);
            if (link.isEmpty()) {
                continue;
            }
            Actor actor = link.get().actor;
            out.add(new ActorMention(m.first(), m.end(), text.span(m.first(), m.end()), actor, link.get().rule));
            if (actor.isArmedGroup()) {
                lastGroup = actor;
            }
        }
        return out;
    }

    private record Link(Actor actor, String rule) {
    }

    private Optional<Link> link(AnalyzedText text, MatchIndex index, TermMatch m, String country, LocalDate date,
                                Actor lastGroup) {
        if (m.term() instanceof PersonTerm p) {
            return ontology.get(p.actorId()).map(a -> new Link(a, "person " + p.name() + " (" + p.role() + ")"));
        }
        ActorTerm t = (ActorTerm) m.term();
        if (t.target().equals(GROUP_ANAPHOR)) {
            return lastGroup == null ? Optional.empty() : Optional.of(new Link(lastGroup, ActorMention.COREFERENCE));
        }
        if (t.isRole()) {
            String adjectiveCountry = adjectiveAfter(text, index, m.end());
            String c = adjectiveCountry != null ? adjectiveCountry : country;
            return ontology.role(t.target(), c).map(a -> new Link(a, "role " + t.target() + " in "
                    + c + (adjectiveCountry != null ? " (adjective)" : " (document country)")));
        }
        Optional<Actor> actor = ontology.get(t.target());
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        Actor branch = country == null ? actor.get() : ontology.branch(actor.get(), country, date);
        if (branch != actor.get()) {
            return Optional.of(new Link(branch, "alias of " + actor.get().name() + ", its branch in " + country));
        }
        return Optional.of(new Link(actor.get(), "alias"));
    }

    private static boolean blocked(AnalyzedText text, TermMatch m) {
        if (!(m.term() instanceof ActorTerm t) || t.blockedByNext().isEmpty() || m.end() >= text.size()) {
            return false;
        }
        return t.blockedByNext().contains(text.token(m.end()).form());
    }

    private static String adjectiveAfter(AnalyzedText text, MatchIndex index, int from) {
        int limit = Math.min(text.size(), from + ADJECTIVE_WINDOW);
        for (int k = from; k < limit; k++) {
            if (text.token(k).isPunct()) {
                return null;
            }
            for (TermMatch m : index.at(k)) {
                if (m.term() instanceof CountryTerm c && c.adjective()) {
                    return c.code();
                }
            }
        }
        return null;
    }
}
