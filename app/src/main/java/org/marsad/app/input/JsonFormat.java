package org.marsad.app.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.marsad.engine.model.Document;
import org.marsad.engine.time.TimeSpan;

/**
 * One document object: {@code id}, {@code url}, {@code published}, {@code title}, {@code text}; other
 * fields (such as gold annotations) are ignored.
 */
final class JsonFormat implements DocumentFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<Document> read(String id, String name, byte[] bytes) throws BadInputException {
        String content = decoder.decode(name, bytes);
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new BadInputException(name, "malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        return List.of(document(node, id, name));
    }

    /** Builds a document from one JSON object; used by JSON Lines too. */
    static Document document(JsonNode node, String fallbackId, String where) throws BadInputException {
        if (node == null || !node.isObject()) {
            throw new BadInputException(where, "expected a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new BadInputException(where, "no \"text\" field, or it is empty");
        }
        String id = string(node, "id");
        return new Document(id == null ? fallbackId : id, string(node, "url"), string(node, "title"), text.asText(),
                published(string(node, "published"), where));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static TimeSpan published(String value, String where) throws BadInputException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TimeSpan.parseIso(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where, "\"published\" is not an ISO date: " + value);
        }
    }
}
