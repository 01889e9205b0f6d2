package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.engine.model.Document;
import org.marsad.engine.time.TimeSpan;

/** Reads gold files (the dev corpus format): every .json file with "text" and "events" in the given folders. */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public List<GoldDocument> read(List<Path> paths, Consumer<String> problems) {
        List<GoldDocument> out = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.accept(p + ": cannot list: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                try {
                    JsonNode n = JSON.readTree(f.toFile());
                    if (n == null || !n.has("text") || !n.has("events")) {
                        continue;
                    }
                    out.add(parse(n, f));
                } catch (IOException | RuntimeException e) {
                    problems.accept(f + ": not a gold file: " + e.getMessage());
                }
            }
        }
        return out;
    }

    static GoldDocument parse(JsonNode n, Path file) {
        String name = file.getFileName().toString();
        String id = text(n, "id") != null ? text(n, "id") : name.replaceAll("\\.json$", "");
        String published = text(n, "published");
        Document d = new Document(id, text(n, "url"), text(n, "title"), n.get("text").asText(),
                published == null ? null : TimeSpan.parseIso(published));
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.get("events")) {
            List<String> assoc = new ArrayList<>();
            if (e.has("assoc_actors") && e.get("assoc_actors").isArray()) {
                e.get("assoc_actors").forEach(a -> assoc.add(a.asText()));
            }
            events.add(new GoldEvent(text(e, "date"), text(e, "date_end"), text(e, "date_precision"),
                    text(e, "event_type"), text(e, "sub_event_type"), text(e, "actor1"), text(e, "actor2"), assoc,
                    text(e, "location"), text(e, "admin1"), text(e, "country"), number(e, "lat"), number(e, "lon"),
                    integer(e, "geo_precision"), integer(e, "fatalities"), text(e, "status"), text(e, "claimed_by"),
                    text(e, "evidence")));
        }
        return new GoldDocument(d, events, file.toString());
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    private static Integer integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asInt();
    }
}
