package org.imageapis.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imageapis.conformance.schema.ParameterCoercion;
import org.imageapis.conformance.schema.SchemaCatalog;
import org.imageapis.conformance.schema.UndeclaredFields;
import org.imageapis.conformance.spec.HeaderSpec;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.ResponseSpec;
import org.imageapis.conformance.spec.SpecDocument;
import org.imageapis.specs.Specs;

/**
 * Validates responses and requests against one OpenAPI 3.0 spec. The spec is parsed and all its schemas compiled
 * once, when the validator is created; an instance is immutable and serves any number of threads.
 *
 * <pre>{@code
 * ConformanceValidator validator = ConformanceValidator.forApi(Specs.Api.SWR);
 * ValidationReport report = validator.validateResponse(
 *         RecordedResponse.of(OperationKey.id("listSharedRepositories"), 200, body));
 * report.errors().forEach(v -> System.out.println(v.describe()));
 * }</pre>
 */
public final class ConformanceValidator {

    private final SpecDocument spec;
    private final boolean strict;
    private final SchemaCatalog schemas;
    private final UndeclaredFields undeclaredFields;
    private final ParameterCoercion coercion;
    private final Map<String, OperationSpec> operationsById;

    private ConformanceValidator(SpecDocument spec, boolean strict) {
        this.spec = spec;
        this.strict = strict;
        this.schemas = new SchemaCatalog(spec, schemaPointers(spec));
        this.undeclaredFields = new UndeclaredFields(spec);
        this.coercion = new ParameterCoercion(spec);
        this.operationsById = spec.operations().stream().collect(Collectors.toMap(
                OperationSpec::id, op -> op, (a, b) -> a, LinkedHashMap::new));
    }

    /** A validator for one of the project's bundled specs, loaded from the {@code image-apis-specs} jar. */
    public static ConformanceValidator forApi(Specs.Api api) {
        return forUrl(Specs.bundle(api));
    }

    /** A validator for a spec file; relative references to other files are resolved. */
    public static ConformanceValidator forFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException("cannot read the spec " + file + ": no such file");
        }
        return new ConformanceValidator(SpecDocument.read(file.toAbsolutePath().toString()), false);
    }

    /** A validator for a self-contained spec at a URL, such as a classpath resource. */
    public static ConformanceValidator forUrl(URL url) {
        try (InputStream in = url.openStream()) {
            return new ConformanceValidator(
                    SpecDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString()), false);
        } catch (IOException e) {
            throw new SpecLoadException("cannot read the spec " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * A validator for the same spec that reports undeclared body fields and query parameters as errors rather
     * than warnings. It shares the compiled schemas with this one.
     */
    public ConformanceValidator strict() {
        return strict ? this : new ConformanceValidator(this, true);
    }

    private ConformanceValidator(ConformanceValidator lenient, boolean strict) {
        this.spec = lenient.spec;
        this.strict = strict;
        this.schemas = lenient.schemas;
        this.undeclaredFields = lenient.undeclaredFields;
        this.coercion = lenient.coercion;
        this.operationsById = lenient.operationsById;
    }

    /** Whether undeclared fields and parameters are errors. */
    public boolean isStrict() {
        return strict;
    }

    /** The operationIds of the spec, in the spec's order. */
    public List<String> operationIds() {
        return List.copyOf(operationsById.keySet());
    }

    /** The status keys the operation documents ({@code 200}, {@code 4XX}, {@code default}), if it exists. */
    public Optional<List<String>> documentedStatuses(String operationId) {
        return Optional.ofNullable(operationsById.get(operationId)).map(op -> List.copyOf(op.responses().keySet()));
    }

    /** Checks a response: its operation and status are documented, its headers and JSON body match the spec. */
    public ValidationReport validateResponse(RecordedResponse response) {
        Optional<OperationSpec> operation = find(response.operation());
        if (operation.isEmpty()) {
            return new ValidationReport(List.of(unknownOperation(response.operation())));
        }
        OperationSpec op = operation.get();
        Optional<ResponseSpec> documented = op.response(response.status());
        if (documented.isEmpty()) {
            return new ValidationReport(List.of(Violation.error(Rule.UNKNOWN_STATUS, "",
                    "a status " + op.id() + " documents: " + String.join(", ", op.responses().keySet()),
                    Integer.toString(response.status()))));
        }
        List<Violation> violations = new ArrayList<>();
        ResponseSpec spec = documented.get();
        spec.headers().forEach(header -> checkValue(header.schemaPointer(), header.required(),
                response.headers().get(header.name()).map(List::of).orElse(List.of()), false,
                "/header/" + header.name(), violations));
        response.optionalBody().ifPresent(body -> checkBody(spec, response.contentType(), body, violations));
        return new ValidationReport(violations);
    }

    private void checkBody(ResponseSpec response, String contentType, JsonNode body, List<Violation> violations) {
        Optional<Map.Entry<String, String>> media = MediaTypes.select(response.content(), contentType);
        if (media.isEmpty()) {
            violations.add(Violation.error(Rule.MEDIA_TYPE, "", response.content().isEmpty()
                    ? "no body (status " + response.status() + " documents none)"
                    : "one of " + response.content().keySet(), contentType == null ? "a body" : contentType));
            return;
        }
        if (!MediaTypes.isJson(media.get().getKey())) {
            return;
        }
        String schemaPointer = media.get().getValue();
        violations.addAll(schemas.validate(schemaPointer, body, ""));
        violations.addAll(undeclaredFields.find(schemaPointer, body, undeclaredSeverity()));
    }

    /**
     * Checks a request: its path and method match an operation, and its path, query and header parameters match
     * their schemas, with required ones present. Undeclared query parameters are reported like undeclared fields;
     * undeclared headers are not, since every HTTP stack adds some. Request bodies are not checked.
     */
    public ValidationReport validateRequest(RecordedRequest request) {
        RequestTarget target = RequestTarget.parse(request.target());
        List<Match> matches = spec.operations().stream()
                .flatMap(op -> op.path().match(target.path()).map(values -> new Match(op, values)).stream())
                .sorted(Comparator.comparingInt(m -> m.operation().path().variableCount()))
                .toList();
        Optional<Match> match = matches.stream().filter(m -> m.operation().method().equals(request.method()))
                .findFirst();
        if (match.isEmpty()) {
            String expected = matches.isEmpty()
                    ? "a path of the spec: " + spec.operations().stream().map(OperationSpec::route).distinct()
                            .collect(Collectors.joining(", "))
                    : "a method of " + target.path() + ": " + matches.stream().map(m -> m.operation().method())
                            .distinct().collect(Collectors.joining(", "));
            return new ValidationReport(List.of(Violation.error(Rule.UNKNOWN_OPERATION, "", expected,
                    request.method() + " " + target.path())));
        }
        OperationSpec op = match.get().operation();
        List<Violation> violations = new ArrayList<>();
        for (ParameterSpec parameter : op.parameters()) {
            List<String> values = switch (parameter.in()) {
                case "path" -> Optional.ofNullable(match.get().pathValues().get(parameter.name()))
                        .map(v -> List.of(RequestTarget.decode(v))).orElse(List.of());
                case "query" -> target.query().getOrDefault(parameter.name(), List.of());
                case "header" -> request.headers().get(parameter.name()).map(List::of).orElse(List.of());
                default -> null;
            };
            if (values != null) {
                checkValue(parameter.schemaPointer(), parameter.required(), values, parameter.explode(),
                        "/" + parameter.in() + "/" + parameter.name(), violations);
            }
        }
        target.query().keySet().stream()
                .filter(name -> op.parameters().stream()
                        .noneMatch(p -> p.in().equals("query") && p.name().equals(name)))
                .forEach(name -> violations.add(new Violation(undeclaredSeverity(), Rule.UNKNOWN_PARAMETER,
                        "/query/" + name, "a query parameter " + op.id() + " declares",
                        "undeclared parameter " + name)));
        return new ValidationReport(violations);
    }

    private void checkValue(String schemaPointer, boolean required, List<String> values, boolean explode,
                            String pointer, List<Violation> violations) {
        if (values.isEmpty()) {
            if (required) {
                violations.add(Violation.error(Rule.REQUIRED, pointer, "a value", "missing"));
            }
            return;
        }
        ParameterCoercion.Result result = coercion.coerce(schemaPointer, values, explode, pointer);
        if (result instanceof ParameterCoercion.Value value) {
            violations.addAll(schemas.validate(schemaPointer, value.node(), pointer));
        } else if (result instanceof ParameterCoercion.Unparseable unparseable) {
            violations.add(unparseable.violation());
        }
    }

    private Optional<OperationSpec> find(OperationKey key) {
        if (key instanceof OperationKey.ById byId) {
            return Optional.ofNullable(operationsById.get(byId.operationId()));
        }
        OperationKey.ByRoute route = (OperationKey.ByRoute) key;
        String path = RequestTarget.parse(route.path()).path();
        return spec.operations().stream()
                .filter(op -> op.method().equals(route.method()) && op.path().match(path).isPresent())
                .min(Comparator.comparingInt(op -> op.path().variableCount()));
    }

    private Violation unknownOperation(OperationKey key) {
        String known = key instanceof OperationKey.ById
                ? "an operationId of the spec: " + String.join(", ", operationsById.keySet())
                : "a route of the spec: " + spec.operations().stream().map(OperationSpec::route)
                        .collect(Collectors.joining(", "));
        return Violation.error(Rule.UNKNOWN_OPERATION, "", known, key.toString());
    }

    private Severity undeclaredSeverity() {
        return strict ? Severity.ERROR : Severity.WARNING;
    }

    private static List<String> schemaPointers(SpecDocument spec) {
        return spec.operations().stream().flatMap(op -> Stream.concat(
                        op.parameters().stream().map(ParameterSpec::schemaPointer),
                        op.responses().values().stream().flatMap(r -> Stream.concat(
                                r.headers().stream().map(HeaderSpec::schemaPointer),
                                r.content().values().stream()))))
                .toList();
    }

    private record Match(OperationSpec operation, Map<String, String> pathValues) {
    }

    /** The spec's location, for messages. */
    @Override
    public String toString() {
        return "ConformanceValidator[" + spec.location() + (strict ? ", strict" : "") + "]";
    }
}
