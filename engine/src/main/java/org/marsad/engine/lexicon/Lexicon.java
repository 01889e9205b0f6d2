package org.marsad.engine.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.text.NormalizedText;
import org.marsad.engine.text.TextPipeline;
import org.marsad.engine.text.Token;

/**
 * Every named thing Marsad knows, in one token trie, matched in one pass over a document.
 *
 * <p>Matching is clitic-aware: the first token of a phrase may carry a proclitic chain ({@code وداعش},
 * {@code بالقاعدة}, {@code للجيش}), and for terms that allow it the last token may carry an enclitic pronoun.
 * Inner tokens must match exactly (after folding). All matches are returned, overlapping or not; each
 * recogniser picks what it needs.
 */
public final class Lexicon {
    private final PhraseTrie trie = new PhraseTrie();
    private final Clitics clitics;
    private final TextPipeline text;

    public Lexicon(Clitics clitics, TextPipeline text) {
        this.clitics = clitics;
        this.text = text;
    }

    /** Adds a phrase, written naturally; it is folded and tokenised the same way documents are. */
    public void add(String phrase, Term term) {
        List<String> tokens = keyOf(phrase);
        if (!tokens.isEmpty()) {
            trie.add(tokens, term);
            hitCache.clear();
        }
    }

    /** Adds a phrase already turned into its key by {@link #keyOf}. */
    public void addKey(List<String> key, Term term) {
        if (!key.isEmpty()) {
            trie.add(key, term);
            hitCache.clear();
        }
    }

    /** The folded tokens a phrase is stored under. */
    public List<String> keyOf(String phrase) {
        NormalizedText n = text.folding().normalize(phrase);
        List<Token> tokens = text.tokenizer().tokenize(n);
        List<String> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            forms.add(t.form());
        }
        return forms;
    }

    public int size() {
        return trie.size();
    }

    /**
     * Where a first token enters the trie: the node, the proclitic stripped, and whether a suffix was; with what
     * the term filter asks of the prefix worked out once, when the form is first seen, rather than at every match.
     */
    private record RootHit(PhraseTrie.Node node, String prefix, boolean suffix, boolean stripped, boolean article) {
        RootHit(PhraseTrie.Node node, String prefix, boolean suffix) {
            this(node, prefix, suffix, !prefix.isEmpty(), prefix.endsWith("ال") || prefix.endsWith("لل"));
        }
    }

    private static final RootHit[] NO_HITS = new RootHit[0];
    /** Entry points per form: text repeats its words, so each form's readings are looked up in the trie once. */
    private final java.util.concurrent.ConcurrentHashMap<String, RootHit[]> hitCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HIT_CACHE_LIMIT = 200_000;

    private RootHit[] rootHits(Token first) {
        String key = first.form();
        RootHit[] cached = hitCache.get(key);
        if (cached != null) {
            return cached;
        }
        List<RootHit> hits = new ArrayList<>(2);
        for (Clitics.Reading reading : clitics.readings(key)) {
            PhraseTrie.Node node = trie.root().child(reading.stem());
            if (node != null) {
                hits.add(new RootHit(node, reading.prefix(), false));
            }
            if (first.isWord()) {
                for (String stem : clitics.withoutSuffix(reading.stem())) {
                    PhraseTrie.Node s = trie.root().child(stem);
                    if (s != null) {
                        hits.add(new RootHit(s, reading.prefix(), true));
                    }
                }
            }
        }
        RootHit[] result = hits.isEmpty() ? NO_HITS : hits.toArray(new RootHit[0]);
        if (hitCache.size() > HIT_CACHE_LIMIT) {
            hitCache.clear();
        }
        hitCache.put(key, result);
        return result;
    }

    /** All matches in a token list, ordered by first token. */
    public List<TermMatch> match(List<Token> tokens) {
        int n = tokens.size();
        List<TermMatch> out = new ArrayList<>(n / 2 + 8); // news has a match for every two or three tokens
        for (int i = 0; i < n; i++) {
            Token first = tokens.get(i);
            if (first.isPunct()) {
                continue;
            }
            for (RootHit hit : rootHits(first)) {
                collect(hit.node(), i, i + 1, hit, hit.suffix(), out);
                if (!hit.suffix() && hit.node().hasChildren()) {
                    walk(hit, tokens, i, out);
                }
            }
        }
        return out;
    }

    /** Goes on from a first token's entry {@code hit} through the tokens after {@code first}. */
    private void walk(RootHit hit, List<Token> tokens, int first, List<TermMatch> out) {
        PhraseTrie.Node current = hit.node();
        int j = first + 1;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.newlineBefore()) {
                return;
            }
            if (!current.hasChildren()) {
                return;
            }
            if (current.hasSuffixChild() && clitics.mayCarrySuffix(t.form())) {
                for (String stem : clitics.withoutSuffix(t.form())) {
                    PhraseTrie.Node s = current.child(stem);
                    if (s != null) {
                        collect(s, first, j + 1, hit, true, out);
                    }
                }
            }
            current = current.child(t.form());
            if (current == null) {
                return;
            }
            collect(current, first, j + 1, hit, false, out);
            j++;
        }
    }

    /** The terms ending at {@code node} that allow the clitics stripped: the entry's proclitic, and a suffix if {@code suffix}. */
    private static void collect(PhraseTrie.Node node, int first, int end, RootHit entry, boolean suffix,
                                List<TermMatch> out) {
        int count = node.termCount();
        if (count == 0) {
            return;
        }
        boolean stripped = entry.stripped();
        boolean article = entry.article();
        for (int i = 0; i < count; i++) {
            int allows = node.allows(i);
            if ((suffix && (allows & PhraseTrie.Node.SUFFIX) == 0) || (stripped && (allows & PhraseTrie.Node.PREFIX) == 0)
                    || (article && (allows & PhraseTrie.Node.ARTICLE) == 0)) {
                continue;
            }
            out.add(new TermMatch(first, end, node.term(i), entry.prefix(), suffix));
        }
    }
}
