package org.imageapis.conformance.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of a spec.
 *
 * @param id         the operationId, or {@code METHOD /path} when the spec gives none
 * @param method     the HTTP method, upper case
 * @param path       the path template
 * @param parameters the path-level and operation-level parameters, operation-level ones taking precedence
 * @param responses  the documented responses by status key, in the spec's order
 * @param pointer    JSON pointer of the operation object in the spec document
 */
public record OperationSpec(
        String id,
        String method,
        PathTemplate path,
        List<ParameterSpec> parameters,
        Map<String, ResponseSpec> responses,
        String pointer) {

    /**
     * The parameter with this name and location ({@code query}, {@code path}, {@code header}), if declared.
     *
     * @param name the parameter's name
     * @param in its location: {@code query}, {@code path} or {@code header}
     * @return the parameter, if declared
     */
    public Optional<ParameterSpec> parameter(String name, String in) {
        return parameters.stream()
                .filter(p -> p.name().equals(name) && p.in().equals(in))
                .findFirst();
    }

    /**
     * The response documented for {@code status}: its own entry, else its range ({@code 4XX}), else,
     * for a 4xx or 5xx, {@code default}. {@code default} stands in for errors only: the specs use it
     * for the providers' error-code pages, and an unlisted 2xx or 3xx is drift worth reporting.
     *
     * @param status the HTTP status
     * @return the documented response, if any
     */
    public Optional<ResponseSpec> response(int status) {
        ResponseSpec exact = responses.get(Integer.toString(status));
        if (exact != null) {
            return Optional.of(exact);
        }
        String range = status / 100 + "XX";
        for (Map.Entry<String, ResponseSpec> entry : responses.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(range)) {
                return Optional.of(entry.getValue());
            }
        }
        return status >= 400 ? Optional.ofNullable(responses.get("default")) : Optional.empty();
    }

    /**
     * {@code METHOD /path}.
     *
     * @return the method and the path template, such as {@code GET /v2/manage/shared-repositories}
     */
    public String route() {
        return method + " " + path.template();
    }
}
