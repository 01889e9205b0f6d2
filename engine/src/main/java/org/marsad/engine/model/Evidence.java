package org.marsad.engine.model;

import org.marsad.engine.text.Span;

/** The exact passage of a document that states a fact: offsets into the document's text and the text itself. */
public record Evidence(Span span, String text) {
    public static Evidence of(String documentText, Span span) {
        return new Evidence(span, span.in(documentText));
    }
}
