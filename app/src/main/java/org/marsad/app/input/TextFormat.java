package org.marsad.app.input;

import java.util.List;
import org.marsad.engine.model.Document;

/** A plain-text article: the whole file is the text; its first line is taken as the title. */
final class TextFormat implements DocumentFormat {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<Document> read(String id, String name, byte[] bytes) throws BadInputException {
        String text = decoder.decode(name, bytes);
        if (text.isBlank()) {
            throw new BadInputException(name, "no text (only whitespace)");
        }
        int nl = text.indexOf('\n');
        String title = (nl < 0 ? text : text.substring(0, nl)).strip();
        return List.of(new Document(id, null, title.isEmpty() ? null : title, text, null));
    }
}
