package org.imageapis.client.generator;

/** A spec the generator cannot turn into client code; the message names the place in the spec. */
final class GeneratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GeneratorException(String message) {
        super(message);
    }
}
