package org.marsad.app.output.relations;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.engine.model.ActorRef;
import org.marsad.engine.relations.RelationSegment;

/**
 * GraphML (http://graphml.graphdrawing.org) for network tools such as Gephi and networkx: one node per actor
 * (id = Marsad actor id, label = ACLED-style name), one directed edge per segment (source = actor_a, or the child
 * for affiliation) with the segment's state, dates, status, confidence and sources as attributes.
 */
public final class GraphMlWriter implements RelationWriter {
    private static final String[][] EDGE_KEYS = {
        {"state", "string"}, {"from", "string"}, {"to", "string"}, {"window_start", "string"}, {"window_end", "string"},
        {"status", "string"}, {"confidence", "double"}, {"sources", "string"}, {"contradicts", "string"}, {"segment", "string"},
    };

    @Override
    public void write(List<RelationSegment> segments, Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        out.append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        for (String[] k : EDGE_KEYS) {
            out.append("  <key id=\"").append(k[0]).append("\" for=\"edge\" attr.name=\"").append(k[0])
                    .append("\" attr.type=\"").append(k[1]).append("\"/>\n");
        }
        out.append("  <graph id=\"relations\" edgedefault=\"directed\">\n");
        Map<String, ActorRef> nodes = new TreeMap<>();
        for (RelationSegment s : segments) {
            nodes.put(s.pair().a().id(), s.pair().a());
            nodes.put(s.pair().b().id(), s.pair().b());
        }
        for (ActorRef a : nodes.values()) {
            out.append("    <node id=\"").append(xml(a.id())).append("\"><data key=\"label\">").append(xml(a.name()))
                    .append("</data></node>\n");
        }
        for (RelationSegment s : segments) {
            out.append("    <edge id=\"").append(xml(s.id())).append("\" source=\"").append(xml(s.pair().a().id()))
                    .append("\" target=\"").append(xml(s.pair().b().id())).append("\">");
            data(out, "state", s.state().label());
            data(out, "from", SegmentRecord.iso(s.from()));
            data(out, "to", SegmentRecord.iso(s.to()));
            data(out, "window_start", SegmentRecord.iso(s.windowStart()));
            data(out, "window_end", SegmentRecord.iso(s.windowEnd()));
            data(out, "status", s.status().label());
            data(out, "confidence", String.valueOf(s.confidence()));
            data(out, "sources", String.join(" ", s.sources()));
            data(out, "contradicts", String.join(" ", s.contradicts()));
            data(out, "segment", s.id());
            out.append("</edge>\n");
        }
        out.append("  </graph>\n</graphml>\n");
    }

    private static void data(Appendable out, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.append("<data key=\"").append(key).append("\">").append(xml(value)).append("</data>");
        }
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
