package org.marsad.app.input;

import java.util.List;
import org.marsad.engine.model.Document;

/** Reads the documents one input file holds, from its bytes. Implementations are stateless. */
interface DocumentFormat {
    /**
     * @param id    the document id to use when the file does not carry one (its name without extension)
     * @param name  the file's name, for messages
     */
    List<Document> read(String id, String name, byte[] bytes) throws BadInputException;
}
