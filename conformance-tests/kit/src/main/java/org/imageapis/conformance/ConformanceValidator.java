package org.imageapis.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.imageapis.conformance.spec.SpecDocument;
import org.imageapis.specs.Specs;

/**
 * Validates responses and requests against one OpenAPI 3.0 or 3.1 spec, with the same rules and the same violations
 * for both (the schemas in their own dialect: {@code nullable} in 3.0, JSON Schema 2020-12 in 3.1). The spec is
 * parsed and all its schemas compiled once, when the validator is created; an instance is immutable and serves any
 * number of threads.
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
    private final SchemaCatalog schemas;
    private final boolean strict;
    private final Map<String, OperationSpec> operationsById;
    private final ResponseValidation responses;
    private final RequestValidation requests;

    private ConformanceValidator(SpecDocument spec, SchemaCatalog schemas, boolean strict) {
        this.spec = spec;
        this.schemas = schemas;
        this.strict = strict;
        this.operationsById = spec.operations().stream()
                .collect(Collectors.toMap(OperationSpec::id, op -> op, (a, b) -> a, LinkedHashMap::new));
        ParameterChecks parameterChecks = new ParameterChecks(schemas, new ParameterCoercion(spec));
        this.responses =
                new ResponseValidation(spec, operationsById, schemas, new UndeclaredFields(spec), parameterChecks);
        this.requests = new RequestValidation(spec, parameterChecks);
    }

    private static ConformanceValidator compile(SpecDocument spec) {
        return new ConformanceValidator(spec, new SchemaCatalog(spec, schemaPointers(spec)), false);
    }

    /**
     * A validator for one of the project's bundled specs, loaded from the {@code image-apis-specs} jar; for its
     * OpenAPI 3.1 variant, {@code forUrl(Specs.bundle(api, Specs.OpenApiVersion.V3_1))}.
     *
     * @param api the API
     * @return its validator
     */
    public static ConformanceValidator forApi(Specs.Api api) {
        return forUrl(Specs.bundle(api));
    }

    /**
     * A validator for a spec file; relative references to other files are resolved.
     *
     * @param file the spec file
     * @return its validator
     */
    public static ConformanceValidator forFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException("cannot read the spec " + file + ": no such file");
        }
        return compile(SpecDocument.read(file.toAbsolutePath().toString()));
    }

    /**
     * A validator for a self-contained spec at a URL, such as a classpath resource.
     *
     * @param url the spec's URL
     * @return its validator
     */
    public static ConformanceValidator forUrl(URL url) {
        try (InputStream in = url.openStream()) {
            return compile(SpecDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString()));
        } catch (IOException e) {
            throw new SpecLoadException("cannot read the spec " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * A validator for the same spec that reports undeclared body fields and query parameters as errors rather
     * than warnings. It shares the compiled schemas with this one.
     *
     * @return the strict validator
     */
    public ConformanceValidator strict() {
        return strict ? this : new ConformanceValidator(spec, schemas, true);
    }

    /** @return whether undeclared fields and parameters are errors */
    public boolean isStrict() {
        return strict;
    }

    /** @return the parsed spec, for tools built on the validator (the server test kit reads its semantic extensions) */
    public SpecDocument spec() {
        return spec;
    }

    /** @return the operationIds of the spec, in the spec's order */
    public List<String> operationIds() {
        return List.copyOf(operationsById.keySet());
    }

    /**
     * The status keys the operation documents ({@code 200}, {@code 4XX}, {@code default}), if it exists.
     *
     * @param operationId the operation's {@code operationId}
     * @return its status keys, or empty when the spec has no such operation
     */
    public Optional<List<String>> documentedStatuses(String operationId) {
        return Optional.ofNullable(operationsById.get(operationId))
                .map(op -> List.copyOf(op.responses().keySet()));
    }

    /**
     * The names of the headers documented for the operation's response with this status (by its own entry, its
     * range or {@code default}), required or not; empty if the operation or the status is not documented.
     *
     * @param operationId the operation's {@code operationId}
     * @param status the response status
     * @return the header names, empty when undocumented
     */
    public Optional<List<String>> documentedHeaders(String operationId, int status) {
        return Optional.ofNullable(operationsById.get(operationId))
                .flatMap(op -> op.response(status))
                .map(response ->
                        response.headers().stream().map(HeaderSpec::name).toList());
    }

    /**
     * Whether an operation of the spec has the path of this request target (a path with an optional query, or a
     * full URL whose scheme and host are ignored), whatever its method: a proxy routes requests to specs by this.
     *
     * @param target the request target
     * @return whether an operation has its path
     */
    public boolean hasPath(String target) {
        return requests.hasPath(target);
    }

    /**
     * The operationId of the operation with this method at the request target's path, if the spec has one.
     *
     * @param method the HTTP method
     * @param target the request target
     * @return the operation's {@code operationId}, if the spec has one
     */
    public Optional<String> operationAt(String method, String target) {
        return requests.operationAt(method, target).map(OperationSpec::id);
    }

    /**
     * Checks a response: its operation and status are documented (a status by its own entry, its range such as
     * {@code 4XX}, or {@code default}), and its documented headers and its JSON body match the spec.
     *
     * @param response the response as received, with its request's method and target
     * @return the violations, empty when the response conforms
     */
    public ValidationReport validateResponse(RecordedResponse response) {
        return responses.validate(response, undeclaredSeverity());
    }

    /**
     * Checks a request: its path and method match an operation, and its path, query and header parameters match
     * their schemas, with required ones present. Undeclared query parameters are reported like undeclared fields;
     * undeclared headers are not, since every HTTP stack adds some. Cookies and request bodies are not checked.
     *
     * @param request the request as received
     * @return the violations, empty when the request conforms
     */
    public ValidationReport validateRequest(RecordedRequest request) {
        return requests.validate(request, undeclaredSeverity());
    }

    private Severity undeclaredSeverity() {
        return strict ? Severity.ERROR : Severity.WARNING;
    }

    private static List<String> schemaPointers(SpecDocument spec) {
        return spec.operations().stream()
                .flatMap(op -> Stream.concat(
                        op.parameters().stream().map(ParameterSpec::schemaPointer),
                        op.responses().values().stream()
                                .flatMap(r -> Stream.concat(
                                        r.headers().stream().map(HeaderSpec::schemaPointer),
                                        r.content().values().stream()))))
                .toList();
    }

    /** The spec's location, for messages. */
    @Override
    public String toString() {
        return "ConformanceValidator[" + spec.location() + (strict ? ", strict" : "") + "]";
    }
}
