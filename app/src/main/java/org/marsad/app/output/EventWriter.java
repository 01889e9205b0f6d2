package org.marsad.app.output;

import java.io.IOException;
import java.util.List;
import org.marsad.engine.pipeline.DocumentAnalysis;

/** Writes analysed documents' events in one output format. */
public interface EventWriter {
    void write(List<DocumentAnalysis> analyses, Appendable out) throws IOException;
}
