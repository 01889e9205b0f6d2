package org.marsad.app.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.engine.model.Document;

/** One document object per line. A bad line is reported and skipped; the other lines are read. */
final class JsonLinesFormat implements DocumentFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextDecoder decoder = new TextDecoder();
    private final Consumer<String> problems;

    JsonLinesFormat(Consumer<String> problems) {
        this.problems = problems;
    }

    @Override
    public List<Document> read(String id, String name, byte[] bytes) throws BadInputException {
        String content = decoder.decode(name, bytes);
        List<Document> out = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            try {
                out.add(JsonFormat.document(JSON.readTree(lines[i]), id + "-" + (i + 1), where));
            } catch (JsonProcessingException e) {
                problems.accept(where + ": malformed JSON: " + e.getOriginalMessage());
            } catch (BadInputException e) {
                problems.accept(e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(name, "no readable document line");
        }
        return out;
    }
}
