package org.imageapis.conformance.tck;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.RequestTarget;
import org.imageapis.conformance.semantics.ExampleRequest;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.SemanticsReader;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.PathTemplate;
import org.imageapis.conformance.spec.SchemaFacts;
import org.imageapis.specs.Specs;

/**
 * One API as the checks see it: its spec, validator and semantics, the values that make a baseline request
 * valid, and the sender that talks to its server.
 */
final class ApiUnderTest {

    private final Specs.Api api;
    private final ConformanceValidator validator;
    private final List<OperationSemantics> operations;
    private final Map<String, String> knownValues;
    private final Sender sender;
    private final TckSettings settings;

    ApiUnderTest(Specs.Api api, ConformanceValidator validator, Sender sender, TckSettings settings) {
        this.api = api;
        this.validator = validator;
        this.operations = new SemanticsReader(validator.spec()).read();
        this.sender = sender;
        this.settings = settings;
        this.knownValues = knownValues(operations, settings);
    }

    /**
     * Baseline values by parameter name: the literal values of the first doc example that names every path variable
     * but the project (so an HSS image the doc pages use), overridden by what the user gave.
     */
    private static Map<String, String> knownValues(List<OperationSemantics> operations, TckSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OperationSemantics operation : operations) {
            for (ExampleRequest example : operation.exampleRequests()) {
                Optional<Map<String, String>> literal = literalValues(operation.operation(), example);
                if (literal.isPresent()) {
                    literal.get().forEach(values::putIfAbsent);
                    break;
                }
            }
        }
        values.put("project_id", settings.projectId());
        values.put("region", settings.region());
        settings.hssImage().ifPresent(image -> {
            values.put("image_id", image.id());
            values.put("image_type", image.type());
        });
        return values;
    }

    /** The path and query values of an example whose path variables, the project's aside, are all literal. */
    static Optional<Map<String, String>> literalValues(OperationSpec operation, ExampleRequest example) {
        RequestTarget target = RequestTarget.parse(example.target());
        Optional<Map<String, String>> path = operation.path().match(target.path());
        if (path.isEmpty()
                || path.get().entrySet().stream()
                        .anyMatch(e -> !e.getKey().equals("project_id") && PathTemplate.isPlaceholder(e.getValue()))) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        path.get().forEach((name, value) -> values.put(name, RequestTarget.decode(value)));
        values.remove("project_id");
        target.query().forEach((name, list) -> values.put(name, list.get(0)));
        return Optional.of(values);
    }

    Specs.Api api() {
        return api;
    }

    String id() {
        return api.id();
    }

    ConformanceValidator validator() {
        return validator;
    }

    List<OperationSemantics> operations() {
        return operations;
    }

    Sender sender() {
        return sender;
    }

    TckSettings settings() {
        return settings;
    }

    /** The values the user or the doc pages give, by parameter name. */
    Map<String, String> knownValues() {
        return knownValues;
    }

    /** The value the user or the doc pages give for a parameter. */
    Optional<String> knownValue(String parameter) {
        return Optional.ofNullable(knownValues.get(parameter));
    }

    /** The facts of a parameter's schema. */
    SchemaFacts facts(ParameterSpec parameter) {
        return SchemaFacts.of(validator.spec(), parameter.schemaPointer());
    }

    /**
     * A request with every required parameter set to a value that is valid by the spec: a known value, else the
     * first enum value, the default or the example. An optional parameter is sent only when it has a known value and
     * no semantic extension claims it (so HSS's doc requests lend their {@code enterprise_project_id}); paging,
     * filters and sorting are the checks' to set.
     */
    TckRequest.Builder baseline(OperationSpec operation) {
        return baselineWith(operation, null, null);
    }

    /** The baseline with {@code changed} set to {@code value}, or left out when {@code value} is {@code null}. */
    TckRequest.Builder baselineWith(OperationSpec operation, ParameterSpec changed, String value) {
        TckRequest.Builder request = TckRequest.of(operation);
        for (ParameterSpec parameter : operation.parameters()) {
            String given;
            if (parameter.equals(changed)) {
                given = value;
            } else if (parameter.required()) {
                given = knownValue(parameter.name()).orElseGet(() -> validValue(parameter));
            } else {
                given = claimed(operation).contains(parameter.name()) ? null : knownValues.get(parameter.name());
            }
            if (given != null) {
                switch (parameter.in()) {
                    case "path" -> request.path(parameter.name(), given);
                    case "query" -> request.query(parameter.name(), given);
                    case "header" -> request.header(parameter.name(), given);
                    default -> {} // cookies: none of the specs uses one
                }
            }
        }
        return request;
    }

    /** The parameters the operation's semantic extensions name: paging, filters, sorting. */
    private Set<String> claimed(OperationSpec operation) {
        Set<String> names = new HashSet<>();
        operations.stream().filter(o -> o.operation().equals(operation)).forEach(o -> {
            o.paging().ifPresent(p -> names.addAll(List.of(p.offsetParameter(), p.limitParameter())));
            o.filters().forEach(f -> names.add(f.parameter()));
            o.sorts().forEach(sort -> names.addAll(List.of(sort.parameter(), sort.directionParameter())));
        });
        return names;
    }

    /** A value of the parameter that its schema allows. */
    String validValue(ParameterSpec parameter) {
        SchemaFacts facts = facts(parameter);
        if (!facts.enumValues().isEmpty()) {
            return facts.enumValues().get(0);
        }
        return facts.defaultValue().or(facts::example).orElseGet(() -> switch (facts.type()) {
            case "integer", "number" ->
                facts.minimum().map(m -> m.toBigInteger().toString()).orElse("1");
            case "boolean" -> "true";
            default -> "x".repeat(Math.max(1, facts.minLength().orElse(1)));
        });
    }

    /** Whether the spec allows this request (credentials aside). */
    boolean allows(TckRequest request) {
        return validator.validateRequest(recorded(request)).isValid();
    }

    /** The request as the validator reads it. */
    static RecordedRequest recorded(TckRequest request) {
        Headers headers = Headers.none();
        for (Map.Entry<String, String> header : request.headers()) {
            headers = headers.with(header.getKey(), header.getValue());
        }
        return new RecordedRequest(request.method(), request.target(), headers);
    }
}
