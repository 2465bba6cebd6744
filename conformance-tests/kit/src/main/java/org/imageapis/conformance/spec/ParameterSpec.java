package org.imageapis.conformance.spec;

/**
 * A parameter of an operation.
 *
 * @param name          the parameter name
 * @param in            {@code path}, {@code query}, {@code header} or {@code cookie}
 * @param required      whether the request must carry it
 * @param explode       whether array values repeat the parameter ({@code true}) or are joined by commas
 * @param schemaPointer JSON pointer of the parameter's schema in the spec document
 * @param pointer       JSON pointer of the parameter object itself (a component's, when it is referenced)
 */
public record ParameterSpec(
        String name, String in, boolean required, boolean explode, String schemaPointer, String pointer) {}
