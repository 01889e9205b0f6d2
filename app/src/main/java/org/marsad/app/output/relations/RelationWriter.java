package org.marsad.app.output.relations;

import java.io.IOException;
import java.util.List;
import org.marsad.engine.relations.RelationSegment;

/** Writes relation segments in one output format. */
public interface RelationWriter {
    void write(List<RelationSegment> segments, Appendable out) throws IOException;
}
