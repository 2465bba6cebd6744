package org.imageapis.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imageapis.conformance.schema.SchemaCatalog;
import org.imageapis.conformance.schema.UndeclaredFields;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ResponseSpec;
import org.imageapis.conformance.spec.SpecDocument;

/** Checks a response: operation and status documented, headers and JSON body as the spec describes them. */
final class ResponseValidation {

    private final SpecDocument spec;
    private final Map<String, OperationSpec> operationsById;
    private final SchemaCatalog schemas;
    private final UndeclaredFields undeclaredFields;
    private final ParameterChecks headerChecks;

    ResponseValidation(
            SpecDocument spec,
            Map<String, OperationSpec> operationsById,
            SchemaCatalog schemas,
            UndeclaredFields undeclaredFields,
            ParameterChecks headerChecks) {
        this.spec = spec;
        this.operationsById = operationsById;
        this.schemas = schemas;
        this.undeclaredFields = undeclaredFields;
        this.headerChecks = headerChecks;
    }

    ValidationReport validate(RecordedResponse response, Severity undeclared) {
        Optional<OperationSpec> operation = find(response.operation());
        if (operation.isEmpty()) {
            return new ValidationReport(List.of(unknownOperation(response.operation())));
        }
        OperationSpec op = operation.get();
        Optional<ResponseSpec> documented = op.response(response.status());
        if (documented.isEmpty()) {
            return new ValidationReport(List.of(Violation.error(
                    Rule.UNKNOWN_STATUS,
                    "",
                    "a status " + op.id() + " documents: "
                            + String.join(", ", op.responses().keySet()),
                    Integer.toString(response.status()))));
        }
        List<Violation> violations = new ArrayList<>();
        ResponseSpec documentedResponse = documented.get();
        documentedResponse
                .headers()
                .forEach(header -> headerChecks.check(
                        header.schemaPointer(),
                        header.required(),
                        response.headers().get(header.name()).map(List::of).orElse(List.of()),
                        false,
                        "/header/" + header.name(),
                        violations));
        response.optionalBody()
                .ifPresent(body -> checkBody(documentedResponse, response.contentType(), body, undeclared, violations));
        return new ValidationReport(violations);
    }

    private void checkBody(
            ResponseSpec response, String contentType, JsonNode body, Severity undeclared, List<Violation> violations) {
        Optional<Map.Entry<String, String>> media = MediaTypes.select(response.content(), contentType);
        if (media.isEmpty()) {
            violations.add(Violation.error(
                    Rule.MEDIA_TYPE,
                    "",
                    response.content().isEmpty()
                            ? "no body (status " + response.status() + " documents none)"
                            : "one of " + response.content().keySet(),
                    contentType == null ? "a body" : contentType));
            return;
        }
        if (!MediaTypes.isJson(media.get().getKey())) {
            return;
        }
        String schemaPointer = media.get().getValue();
        violations.addAll(schemas.validate(schemaPointer, body, ""));
        violations.addAll(undeclaredFields.find(schemaPointer, body, undeclared));
    }

    private Optional<OperationSpec> find(OperationKey key) {
        if (key instanceof OperationKey.ById byId) {
            return Optional.ofNullable(operationsById.get(byId.operationId()));
        }
        OperationKey.ByRoute route = (OperationKey.ByRoute) key;
        String path = RequestTarget.parse(route.path()).path();
        return spec.operations().stream()
                .filter(op -> op.method().equals(route.method())
                        && op.path().match(path).isPresent())
                .min(Comparator.comparingInt(op -> op.path().variableCount()));
    }

    private Violation unknownOperation(OperationKey key) {
        String known = key instanceof OperationKey.ById
                ? "an operationId of the spec: " + String.join(", ", operationsById.keySet())
                : "a route of the spec: "
                        + spec.operations().stream().map(OperationSpec::route).collect(Collectors.joining(", "));
        return Violation.error(Rule.UNKNOWN_OPERATION, "", known, key.toString());
    }
}
