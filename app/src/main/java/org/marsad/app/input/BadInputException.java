package org.marsad.app.input;

/** An input file that cannot be read as documents; the message names the file and the reason. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String file, String reason) {
        super(file + ": " + reason);
    }
}
