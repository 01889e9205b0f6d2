package org.marsad.engine.model;

import java.util.Objects;
import org.marsad.engine.time.TimeSpan;

/**
 * One article as read from a file, a page or a feed.
 *
 * @param id        stable identifier (the input's {@code id} field, else its file name without extension)
 * @param url       where it was read from, may be null
 * @param title     headline, may be null; when present it is usually also the start of {@code text}
 * @param text      the text to analyse; every offset Marsad reports is a UTF-16 index into it
 * @param published publication date as precise as known, or null when unknown (Marsad then infers one)
 */
public record Document(String id, String url, String title, String text, TimeSpan published) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Document withPublished(TimeSpan date) {
        return new Document(id, url, title, text, date);
    }

    public Document withId(String newId) {
        return new Document(newId, url, title, text, published);
    }
}
