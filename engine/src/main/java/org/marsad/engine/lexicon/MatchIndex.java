package org.marsad.engine.lexicon;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matches of one document indexed by their first token, for recognisers that read left to right. Belongs to
 * one document and is read by the thread analysing it.
 */
public final class MatchIndex {
    private final List<TermMatch>[] byStart;
    private final List<TermMatch> all;
    /**
     * Matches of a final term class, gathered the first time a stage asks for that class: a document is read by
     * one thread, and stages ask for a handful of classes, so this is cheaper than grouping every match up front.
     */
    private final Map<Class<?>, List<TermMatch>> byClass = new HashMap<>();

    @SuppressWarnings("unchecked")
    public MatchIndex(List<TermMatch> matches, int tokens) {
        this.all = List.copyOf(matches);
        this.byStart = new List[tokens + 1];
        for (TermMatch m : matches) {
            if (byStart[m.first()] == null) {
                byStart[m.first()] = new ArrayList<>(2);
            }
            byStart[m.first()].add(m);
        }
    }

    public List<TermMatch> all() {
        return all;
    }

    /** Matches starting at token {@code i}. */
    public List<TermMatch> at(int i) {
        List<TermMatch> l = i < byStart.length ? byStart[i] : null;
        return l == null ? List.of() : l;
    }

    /** The longest match of a term type at {@code i}, preferring no stripped prefix on ties; null if none. */
    public TermMatch longest(int i, Class<? extends Term> type) {
        TermMatch best = null;
        for (TermMatch m : at(i)) {
            if (type.isInstance(m.term()) && (best == null || m.length() > best.length()
                    || (m.length() == best.length() && m.prefix().length() < best.prefix().length()))) {
                best = m;
            }
        }
        return best;
    }

    /** Like {@link #longest} but only matches with no proclitic stripped, or with one of {@code prefixes}. */
    public TermMatch longest(int i, Class<? extends Term> type, String... prefixes) {
        TermMatch best = null;
        for (TermMatch m : at(i)) {
            if (!type.isInstance(m.term())) {
                continue;
            }
            boolean ok = m.prefix().isEmpty();
            for (String p : prefixes) {
                ok |= m.prefix().equals(p);
            }
            if (ok && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /** All matches of a term type, in text order. */
    public <T extends Term> List<TermMatch> of(Class<T> type) {
        // a final class (every record) has no subclasses, so its list can be kept and handed out again
        boolean keep = Modifier.isFinal(type.getModifiers());
        List<TermMatch> kept = keep ? byClass.get(type) : null;
        if (kept != null) {
            return kept;
        }
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : all) {
            if (type.isInstance(m.term())) {
                out.add(m);
            }
        }
        if (keep) {
            // an immutable list rather than a view of the ArrayList: recognisers iterate these lists, and most lists
            // they iterate are of this kind, which keeps their loops' calls to one class
            out = List.copyOf(out);
            byClass.put(type, out);
        }
        return out;
    }
}
