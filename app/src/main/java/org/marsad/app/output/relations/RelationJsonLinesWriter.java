package org.marsad.app.output.relations;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.relations.RelationSegment;

/** One JSON object per segment per line (the contract in {@link SegmentRecord}). */
public final class RelationJsonLinesWriter implements RelationWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(List<RelationSegment> segments, Appendable out) throws IOException {
        Map<String, RelationSegment> byId = new LinkedHashMap<>();
        segments.forEach(s -> byId.put(s.id(), s));
        for (RelationSegment s : segments) {
            out.append(JSON.writeValueAsString(SegmentRecord.of(s, byId))).append('\n');
        }
    }
}
