package org.imageapis.client.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One parameter as the client sees it: its Java name and type, where it travels, and the checks its
 * schema asks for.
 *
 * <p>Two parameters come from the client's configuration rather than from the request, because
 * every call of a service shares them: the {@code project_id} path parameter (the client's project)
 * and the {@code region} header (the request's value, else the client's region). The offset and
 * limit parameters that {@code x-paging} names are counts, so they are {@code Integer} even where
 * the schema types them as decimal strings (SWR); they are sent as their decimal string and the
 * schema's pattern is checked on it.
 */
record RequestField(
        SpecModel.Parameter parameter,
        String javaName,
        String javaType,
        Optional<String> modelClass,
        Context context,
        List<Check> checks) {

    /** Where a parameter's value comes from when the request does not give it. */
    enum Context {
        NONE,
        PROJECT_ID,
        REGION
    }

    /** One check: a line of Java, plus the pattern constant it uses, if any. */
    record Check(String statement, Optional<String> patternConstant, Optional<String> pattern) {}

    static final String PROJECT_ID = "project_id";
    static final String REGION = "region";

    static RequestField of(
            SpecModel spec, SpecModel.Parameter parameter, Optional<SpecModel.Paging> paging, String where) {
        if (!List.of("path", "query", "header").contains(parameter.in())) {
            throw new GeneratorException(
                    where + ": parameter " + parameter.name() + " in " + parameter.in() + " is not supported");
        }
        String javaName = JavaNames.camel(parameter.name());
        Context context = parameter.in().equals("path") && parameter.name().equals(PROJECT_ID)
                ? Context.PROJECT_ID
                : parameter.in().equals("header") && parameter.name().equalsIgnoreCase(REGION)
                        ? Context.REGION
                        : Context.NONE;
        boolean pagingCount = parameter.in().equals("query")
                && paging.isPresent()
                && (parameter.name().equals(paging.get().offset())
                        || parameter.name().equals(paging.get().limit()));
        Optional<String> modelClass = SpecModel.schemaName(parameter.schema());
        JsonNode schema = spec.resolve(parameter.schema());
        String type = schema.path("type").asText("");
        boolean modelEnum = modelClass.isPresent() && schema.has("enum");
        String javaType;
        if (pagingCount) {
            javaType = "Integer";
        } else if (modelEnum) {
            javaType = modelClass.get();
        } else {
            javaType = switch (type) {
                case "string" -> "String";
                case "boolean" -> "Boolean";
                case "integer" -> schema.path("format").asText("").equals("int64") ? "Long" : "Integer";
                case "number" -> schema.path("format").asText("").equals("float") ? "Float" : "Double";
                default ->
                    throw new GeneratorException(
                            where + ": parameter " + parameter.name() + " of type '" + type + "' is not supported");
            };
        }
        List<Check> checks = new ArrayList<>();
        String name = JavaNames.literal(javaName);
        if (parameter.required() && context == Context.NONE) {
            checks.add(check("Checks.required(" + name + ", " + javaName + ");"));
        }
        if (modelEnum) {
            checks.add(check("Checks.known(" + name + ", " + javaName + ");"));
        } else if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(JavaNames.literal(value.asText())));
            checks.add(
                    check("Checks.oneOf(" + name + ", " + javaName + ", List.of(" + String.join(", ", values) + "));"));
        }
        if (schema.has("minimum") || schema.has("maximum")) {
            checks.add(check("Checks.range(" + name + ", " + javaName + ", " + bound(schema, "minimum", where) + ", "
                    + bound(schema, "maximum", where) + ");"));
        }
        if (schema.has("minLength") || schema.has("maxLength")) {
            checks.add(check("Checks.length(" + name + ", " + javaName + ", "
                    + (schema.has("minLength") ? schema.get("minLength").asInt() : "null") + ", "
                    + (schema.has("maxLength") ? schema.get("maxLength").asInt() : "null") + ");"));
        }
        if (schema.has("pattern")) {
            String constant = JavaNames.constant(javaName) + "_PATTERN";
            checks.add(new Check(
                    "Checks.pattern(" + name + ", " + javaName + ", " + constant + ");",
                    Optional.of(constant),
                    Optional.of(schema.get("pattern").asText())));
        }
        return new RequestField(
                parameter, javaName, javaType, modelEnum ? modelClass : Optional.empty(), context, List.copyOf(checks));
    }

    /** A bound as a {@code Number} literal; an exclusive integer bound becomes the inclusive one next to it. */
    private static String bound(JsonNode schema, String key, String where) {
        if (!schema.has(key)) {
            return "null";
        }
        JsonNode value = schema.get(key);
        String exclusive = key.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
        if (value.isIntegralNumber()) {
            long bound = value.asLong();
            if (schema.path(exclusive).asBoolean(false)) {
                bound += key.equals("minimum") ? 1 : -1;
            }
            return bound + "L";
        }
        if (schema.path(exclusive).asBoolean(false)) {
            throw new GeneratorException(where + ": an exclusive non-integer bound is not supported");
        }
        return value.asDouble() + "d";
    }

    private static Check check(String statement) {
        return new Check(statement, Optional.empty(), Optional.empty());
    }

    String wireName() {
        return parameter.name();
    }

    boolean isBuilderArgument() {
        return parameter.required() && context == Context.NONE;
    }

    /** Whether the request carries it: all but the client's project. */
    boolean isField() {
        return context != Context.PROJECT_ID;
    }
}
