package org.imageapis.conformance.spec;

import java.util.List;
import java.util.Map;

/**
 * One documented response of an operation.
 *
 * @param status  the key in {@code responses}: a code such as {@code 200}, a range such as {@code 4XX}, or
 *                {@code default}
 * @param headers the documented headers
 * @param content JSON pointer of the body schema by media type, in the spec's order
 */
public record ResponseSpec(String status, List<HeaderSpec> headers, Map<String, String> content) {}
