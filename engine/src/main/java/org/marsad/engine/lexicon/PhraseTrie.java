package org.marsad.engine.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie keyed by folded tokens: one node per token of a phrase, terms stored where a phrase ends.
 * Built once, then read-only and safe to share between threads.
 */
final class PhraseTrie {
    static final class Node {
        private static final Term[] NO_TERMS = new Term[0];
        /** Flag bits: what each term allows, read once at build time instead of three interface calls per match. */
        static final int SUFFIX = 1;
        static final int PREFIX = 2;
        static final int ARTICLE = 4;

        private Map<String, Node> children;
        private Term[] terms = NO_TERMS;
        private int[] allows = new int[0];
        /** Some child ends a phrase whose last word may carry an enclitic: only then is stripping one worth trying. */
        private boolean suffixChild;

        Node child(String form) {
            return children == null ? null : children.get(form);
        }

        boolean hasChildren() {
            return children != null;
        }

        boolean hasSuffixChild() {
            return suffixChild;
        }

        Node childOrCreate(String form) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(form, k -> new Node());
        }

        int termCount() {
            return terms.length;
        }

        Term term(int i) {
            return terms[i];
        }

        /** What term {@code i} allows, as {@link #SUFFIX} | {@link #PREFIX} | {@link #ARTICLE} bits. */
        int allows(int i) {
            return allows[i];
        }

        void add(Term term) {
            for (Term t : terms) {
                if (t.equals(term)) {
                    return;
                }
            }
            terms = Arrays.copyOf(terms, terms.length + 1);
            terms[terms.length - 1] = term;
            allows = Arrays.copyOf(allows, allows.length + 1);
            allows[allows.length - 1] = (term.allowsSuffix() ? SUFFIX : 0) | (term.allowsPrefix() ? PREFIX : 0)
                    | (term.allowsArticle() ? ARTICLE : 0);
        }
    }

    private final Node root = new Node();
    private int size;

    void add(List<String> tokens, Term term) {
        Node parent = root;
        Node node = root;
        for (String t : tokens) {
            parent = node;
            node = node.childOrCreate(t);
        }
        node.add(term);
        parent.suffixChild |= term.allowsSuffix();
        size++;
    }

    Node root() {
        return root;
    }

    int size() {
        return size;
    }
}
