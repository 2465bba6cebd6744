package org.imageapis.conformance.spec;

/**
 * A response header.
 *
 * @param name          the header name as the spec writes it
 * @param required      whether every response must carry it
 * @param schemaPointer JSON pointer of the header's schema in the spec document
 */
public record HeaderSpec(String name, boolean required, String schemaPointer) {}
