package org.marsad.engine.knowledge;

/** A knowledge file is missing or malformed; the message names the file, the line and the fix. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
