package org.imageapis.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * Checks a request: its path and method match an operation, and its path, query and header parameters match
 * their schemas, with required ones present. Undeclared query parameters are reported like undeclared fields;
 * undeclared headers are not, since every HTTP stack adds some. Cookies and request bodies are not checked.
 */
final class RequestValidation {

    private final SpecDocument spec;
    private final ParameterChecks parameterChecks;

    RequestValidation(SpecDocument spec, ParameterChecks parameterChecks) {
        this.spec = spec;
        this.parameterChecks = parameterChecks;
    }

    ValidationReport validate(RecordedRequest request, Severity undeclared) {
        RequestTarget target = RequestTarget.parse(request.target());
        List<Match> matches = matches(target.path());
        Optional<Match> match = matches.stream()
                .filter(m -> m.operation().method().equals(request.method()))
                .findFirst();
        if (match.isEmpty()) {
            return new ValidationReport(List.of(unknownOperation(request, target, matches)));
        }
        OperationSpec op = match.get().operation();
        List<Violation> violations = new ArrayList<>();
        for (ParameterSpec parameter : op.parameters()) {
            List<String> values = switch (parameter.in()) {
                case "path" ->
                    Optional.ofNullable(match.get().pathValues().get(parameter.name()))
                            .map(v -> List.of(RequestTarget.decode(v)))
                            .orElse(List.of());
                case "query" -> target.query().getOrDefault(parameter.name(), List.of());
                case "header" ->
                    request.headers().get(parameter.name()).map(List::of).orElse(List.of());
                default -> null;
            };
            if (values != null) {
                parameterChecks.check(
                        parameter.schemaPointer(),
                        parameter.required(),
                        values,
                        parameter.explode(),
                        "/" + parameter.in() + "/" + parameter.name(),
                        violations);
            }
        }
        target.query().keySet().stream()
                .filter(name -> op.parameters().stream()
                        .noneMatch(p -> p.in().equals("query") && p.name().equals(name)))
                .forEach(name -> violations.add(new Violation(
                        undeclared,
                        Rule.UNKNOWN_PARAMETER,
                        "/query/" + name,
                        "a query parameter " + op.id() + " declares",
                        "undeclared parameter " + name)));
        return new ValidationReport(violations);
    }

    /** Whether some operation of the spec has the path of this request target, whatever its method. */
    boolean hasPath(String target) {
        return !matches(RequestTarget.parse(target).path()).isEmpty();
    }

    /** The operation with this method at the request target's path (the most specific template first). */
    Optional<OperationSpec> operationAt(String method, String target) {
        return matches(RequestTarget.parse(target).path()).stream()
                .map(Match::operation)
                .filter(op -> op.method().equalsIgnoreCase(method))
                .findFirst();
    }

    /** The operations whose path template matches, the most specific (fewest variables) first. */
    private List<Match> matches(String path) {
        return spec.operations().stream()
                .flatMap(op -> op.path().match(path).map(values -> new Match(op, values)).stream())
                .sorted(Comparator.comparingInt(m -> m.operation().path().variableCount()))
                .toList();
    }

    /** No operation has this method at this path: lists the paths, or the methods the path has. */
    private Violation unknownOperation(RecordedRequest request, RequestTarget target, List<Match> pathMatches) {
        String expected = pathMatches.isEmpty()
                ? "a path of the spec: "
                        + spec.operations().stream()
                                .map(OperationSpec::route)
                                .distinct()
                                .collect(Collectors.joining(", "))
                : "a method of " + target.path() + ": "
                        + pathMatches.stream()
                                .map(m -> m.operation().method())
                                .distinct()
                                .collect(Collectors.joining(", "));
        return Violation.error(Rule.UNKNOWN_OPERATION, "", expected, request.method() + " " + target.path());
    }

    private record Match(OperationSpec operation, Map<String, String> pathValues) {}
}
