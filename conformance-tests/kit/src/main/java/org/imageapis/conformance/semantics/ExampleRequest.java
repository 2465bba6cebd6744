package org.imageapis.conformance.semantics;

/**
 * An example request of a doc page, from the operation's {@code x-example-requests} extension.
 *
 * @param source the doc page it comes from
 * @param method the HTTP method
 * @param target the request target as the page writes it: a path, or a URL such as
 *               {@code https://{endpoint}/v1/{project_id}/images/group}
 */
public record ExampleRequest(String source, String method, String target) {}
