package org.marsad.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;

/** One JSON object per event per line (the contract in {@link EventRecord}). */
public final class JsonLinesWriter implements EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(List<DocumentAnalysis> analyses, Appendable out) throws IOException {
        for (DocumentAnalysis a : analyses) {
            for (Event e : a.events()) {
                out.append(JSON.writeValueAsString(EventRecord.of(e))).append('\n');
            }
        }
    }
}
