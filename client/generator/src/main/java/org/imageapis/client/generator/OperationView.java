package org.imageapis.client.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An operation as the generated code names and types it: its request class, its parameters in the
 * spec's order (which is also their order on the wire), its result type and, with {@code x-paging},
 * how its pages are walked.
 */
record OperationView(
        SpecModel.Operation operation,
        String requestClass,
        List<RequestField> fields,
        Result result,
        Optional<PagingView> paging) {

    private static final String X_REQUEST_ID = "X-Request-Id";

    /**
     * What the typed call answers: the generated model of a JSON object body, or, for a JSON array
     * body, a page class generated here that holds the records and the documented response headers.
     */
    record Result(String javaType, Optional<String> arrayItemClass, String itemsAccessor, List<String> headers) {
        boolean isPage() {
            return arrayItemClass.isPresent();
        }
    }

    /**
     * How {@code listAll…} walks the pages. {@code pageSize} is used when the request sets no limit:
     * the limit's maximum in the spec, else its default.
     */
    record PagingView(
            RequestField offset,
            RequestField limit,
            int pageSize,
            String itemClass,
            String itemsPointer,
            Optional<String> total,
            Optional<String> totalHeader,
            Optional<String> totalInItem) {}

    static OperationView of(SpecModel spec, SpecModel.Operation operation) {
        String where = operation.operationId();
        List<RequestField> all = new ArrayList<>();
        for (SpecModel.Parameter parameter : operation.parameters()) {
            all.add(RequestField.of(spec, parameter, operation.paging(), where));
        }
        Result result = result(spec, operation, where);
        Optional<PagingView> paging = operation.paging().map(p -> paging(spec, operation, p, all, where));
        return new OperationView(
                operation, JavaNames.pascal(operation.operationId()) + "Request", List.copyOf(all), result, paging);
    }

    /** The fields the request record holds: the builder's arguments, then the others, each in the spec's order. */
    List<RequestField> recordFields() {
        List<RequestField> record = new ArrayList<>();
        fields.stream()
                .filter(field -> field.isField() && field.isBuilderArgument())
                .forEach(record::add);
        fields.stream()
                .filter(field -> field.isField() && !field.isBuilderArgument())
                .forEach(record::add);
        return record;
    }

    String methodName() {
        return operation.operationId();
    }

    /** {@code listImageGroups} -> {@code listAllImageGroups}. */
    String listAllName() {
        String id = operation.operationId();
        return id.startsWith("list") ? "listAll" + id.substring(4) : "listAll" + JavaNames.pascal(id);
    }

    private static Result result(SpecModel spec, SpecModel.Operation operation, String where) {
        Optional<String> model = SpecModel.schemaName(operation.body());
        JsonNode body = spec.resolve(operation.body());
        if (model.isPresent() && !"array".equals(body.path("type").asText())) {
            return new Result(model.get(), Optional.empty(), "", List.of());
        }
        if (!"array".equals(body.path("type").asText())) {
            throw new GeneratorException(where + ": the 200 body must be a named schema or an array of one");
        }
        String item = SpecModel.schemaName(body.path("items"))
                .orElseThrow(() -> new GeneratorException(where + ": the 200 body's items must be a named schema"));
        List<String> headers = operation.responseHeaders().stream()
                .filter(header -> !header.equalsIgnoreCase(X_REQUEST_ID))
                .toList();
        String noun = JavaNames.pascal(operation.operationId()).replaceFirst("^[A-Z][a-z]+", "");
        // The last word of what is listed names the records: SharedRepositories -> repositories().
        String lastWord = noun.replaceAll(".*(?=[A-Z])", "");
        return new Result(noun + "Page", Optional.of(item), JavaNames.camel(lastWord), headers);
    }

    private static PagingView paging(
            SpecModel spec,
            SpecModel.Operation operation,
            SpecModel.Paging paging,
            List<RequestField> fields,
            String where) {
        RequestField offset = find(fields, paging.offset(), where);
        RequestField limit = find(fields, paging.limit(), where);
        JsonNode limitSchema = spec.resolve(limit.parameter().schema());
        JsonNode size = limitSchema.has("maximum") ? limitSchema.get("maximum") : limitSchema.get("default");
        if (size == null || !size.asText().matches("[0-9]+")) {
            throw new GeneratorException(where + ": the limit parameter '" + paging.limit()
                    + "' needs a maximum or a default, the page size listAll uses");
        }
        JsonNode itemSchema = paging.items().isEmpty()
                ? spec.resolve(operation.body()).path("items")
                : spec.resolve(property(spec, operation.body(), paging.items(), where))
                        .path("items");
        String itemClass = SpecModel.schemaName(itemSchema)
                .orElseThrow(() -> new GeneratorException(
                        where + ": x-paging items '" + paging.items() + "' must be an array of a named schema"));
        paging.total().ifPresent(pointer -> property(spec, operation.body(), pointer, where));
        paging.totalInItem().ifPresent(pointer -> property(spec, itemSchema, pointer, where));
        if (paging.totalHeader().isPresent()
                && operation.responseHeaders().stream()
                        .noneMatch(header ->
                                header.equalsIgnoreCase(paging.totalHeader().get()))) {
            throw new GeneratorException(where + ": x-paging total-header "
                    + paging.totalHeader().get() + " is not a documented header of the 200 response");
        }
        return new PagingView(
                offset,
                limit,
                Integer.parseInt(size.asText()),
                itemClass,
                paging.items(),
                paging.total(),
                paging.totalHeader(),
                paging.totalInItem());
    }

    private static RequestField find(List<RequestField> fields, String name, String where) {
        return fields.stream()
                .filter(field -> field.wireName().equals(name) && field.isField())
                .findFirst()
                .orElseThrow(() -> new GeneratorException(
                        where + ": x-paging names '" + name + "', which is not a query parameter"));
    }

    /** The schema of the property a one-level pointer such as {@code /data_list} names. */
    private static JsonNode property(SpecModel spec, JsonNode schema, String pointer, String where) {
        if (!pointer.matches("/[^/]+")) {
            throw new GeneratorException(where + ": x-paging pointer '" + pointer + "' must name a top-level property");
        }
        JsonNode property = spec.resolve(schema).path("properties").path(pointer.substring(1));
        if (property.isMissingNode()) {
            throw new GeneratorException(where + ": x-paging pointer '" + pointer + "' names no property");
        }
        return property;
    }

    /** The getter call a one-level pointer stands for: {@code /data_list} -> {@code getDataList()}. */
    static String getter(String pointer) {
        return JavaNames.getter(pointer.substring(1)) + "()";
    }
}
