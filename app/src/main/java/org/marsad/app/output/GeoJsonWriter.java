package org.marsad.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.model.Event;
import org.marsad.engine.pipeline.DocumentAnalysis;

/** An RFC 7946 FeatureCollection of the events that have coordinates; positions are [longitude, latitude]. */
public final class GeoJsonWriter implements EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<DocumentAnalysis> analyses, Appendable out) throws IOException {
        List<Object> features = new ArrayList<>();
        for (DocumentAnalysis a : analyses) {
            for (Event e : a.events()) {
                if (e.location() == null || e.location().lat() == null) {
                    continue;
                }
                Map<String, Object> geometry = new LinkedHashMap<>();
                geometry.put("type", "Point");
                geometry.put("coordinates", List.of(e.location().lon(), e.location().lat()));
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("id", e.eventId());
                feature.put("geometry", geometry);
                feature.put("properties", EventRecord.of(e));
                features.add(feature);
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        out.append(JSON.writeValueAsString(collection)).append('\n');
    }
}
