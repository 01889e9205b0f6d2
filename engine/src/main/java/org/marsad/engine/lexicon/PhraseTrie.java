package org.marsad.engine.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie keyed by folded tokens: one node per token of a phrase, terms stored where a phrase ends.
 * Built once, then read-only and safe to share between threads.
 */
final class PhraseTrie {
    static final class Node {
        private Map<String, Node> children;
        private List<Term> terms;

        Node child(String form) {
            return children == null ? null : children.get(form);
        }

        boolean hasChildren() {
            return children != null;
        }

        Node childOrCreate(String form) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(form, k -> new Node());
        }

        List<Term> terms() {
            return terms == null ? List.of() : terms;
        }

        void add(Term term) {
            if (terms == null) {
                terms = new ArrayList<>(1);
            }
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
    }

    private final Node root = new Node();
    private int size;

    void add(List<String> tokens, Term term) {
        Node node = root;
        for (String t : tokens) {
            node = node.childOrCreate(t);
        }
        node.add(term);
        size++;
    }

    Node root() {
        return root;
    }

    int size() {
        return size;
    }
}
