package org.marsad.engine.relations;

import org.marsad.engine.text.Span;

/** A passage of one document supporting a relation: offsets into that document's text, and the text. */
public record RelationEvidence(String docId, Span span, String text) implements Comparable<RelationEvidence> {
    @Override
    public int compareTo(RelationEvidence o) {
        int c = docId.compareTo(o.docId);
        return c != 0 ? c : span.compareTo(o.span);
    }
}
