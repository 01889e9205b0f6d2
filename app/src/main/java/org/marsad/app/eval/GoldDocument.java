package org.marsad.app.eval;

import java.util.List;
import org.marsad.engine.model.Document;

/** A gold file: the document to analyse and the events an analyst coded from it. */
public record GoldDocument(Document document, List<GoldEvent> events, String file) {
}
