package org.imageapis.client.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes an operation's request: an immutable record with a builder, {@code toBuilder} and the schema's checks. */
final class RequestWriter {

    private static final String I1 = "    ";
    private static final String I2 = I1 + I1;
    private static final String I3 = I2 + I1;

    private RequestWriter() {}

    static JavaFile write(String packageName, OperationView view) {
        String name = view.requestClass();
        List<RequestField> fields = view.recordFields();
        List<RequestField> arguments =
                fields.stream().filter(RequestField::isBuilderArgument).toList();
        JavaFile file = new JavaFile(packageName, name).imports("org.imageapis.client.http.Checks");
        for (RequestField field : fields) {
            field.modelClass().ifPresent(model -> file.imports(packageName + ".model." + model));
            if (field.checks().stream().anyMatch(check -> check.statement().startsWith("Checks.oneOf"))) {
                file.imports("java.util.List");
            }
            if (field.checks().stream()
                    .anyMatch(check -> check.patternConstant().isPresent())) {
                file.imports("java.util.regex.Pattern");
            }
        }
        List<String> classDoc = new ArrayList<>(classDoc(view, arguments));
        fields.forEach(field -> classDoc.add("@param " + field.javaName() + " " + fieldDoc(field)));
        file.append(Javadoc.comment("", classDoc)).append(JavaFile.GENERATED);
        file.append(JavaFile.list(
                "public record " + name + "(",
                fields.stream().map(f -> f.javaType() + " " + f.javaName()).toList(),
                ") {\n\n",
                I2));
        boolean constants = false;
        for (RequestField field : fields) {
            for (RequestField.Check check : field.checks()) {
                if (check.patternConstant().isPresent()) {
                    file.lines(
                            I1,
                            "private static final Pattern "
                                    + check.patternConstant().get() + " = Pattern.compile("
                                    + JavaNames.literal(check.pattern().get()) + ");");
                    constants = true;
                }
            }
        }
        if (constants) {
            file.append("\n");
        }
        List<String> constructorDoc = new ArrayList<>(List.of("Checks every field as the spec constrains it."));
        fields.forEach(field -> constructorDoc.add("@param " + field.javaName() + " " + shortDoc(field)));
        constructorDoc.add("@throws IllegalArgumentException naming the field whose value the spec does not allow");
        file.append(Javadoc.comment(I1, constructorDoc));
        file.lines(I1, "public " + name + " {");
        fields.forEach(field -> field.checks().forEach(check -> file.lines(I2, check.statement())));
        file.lines(I1, "}", "");

        String argumentList =
                arguments.stream().map(f -> f.javaType() + " " + f.javaName()).collect(Collectors.joining(", "));
        String argumentNames = arguments.stream().map(RequestField::javaName).collect(Collectors.joining(", "));
        List<String> builderDoc = new ArrayList<>(List.of(
                arguments.isEmpty()
                        ? "A builder with every field unset."
                        : "A builder with the required " + (arguments.size() == 1 ? "field" : "fields")
                                + " set; the others are unset."));
        arguments.forEach(field -> builderDoc.add("@param " + field.javaName() + " " + shortDoc(field)));
        builderDoc.add("@return the builder");
        file.append(Javadoc.comment(I1, builderDoc));
        file.lines(
                I1,
                "public static Builder builder(" + argumentList + ") {",
                I1 + "return new Builder(" + argumentNames + ");",
                "}",
                "");
        file.append(Javadoc.comment(
                I1,
                List.of("A builder holding this request's values, to derive another request.", "@return the builder")));
        StringBuilder toBuilder = new StringBuilder("return new Builder(" + argumentNames + ")");
        for (RequestField field : fields) {
            if (!field.isBuilderArgument()) {
                toBuilder
                        .append("\n")
                        .append(I2 + I2)
                        .append('.')
                        .append(field.javaName())
                        .append('(')
                        .append(field.javaName())
                        .append(')');
            }
        }
        file.lines(I1, "public Builder toBuilder() {", I1 + toBuilder + ";", "}", "");

        file.lines(
                I1,
                "/** Builds a {@link " + name + "}; {@link #build()} checks the values. */",
                "public static final class Builder {");
        for (RequestField field : fields) {
            file.lines(
                    I2,
                    "private " + (field.isBuilderArgument() ? "final " : "") + field.javaType() + " " + field.javaName()
                            + ";");
        }
        file.append("\n").lines(I2, "private Builder(" + argumentList + ") {");
        arguments.forEach(field -> file.lines(I3, "this." + field.javaName() + " = " + field.javaName() + ";"));
        file.lines(I2, "}", "");
        for (RequestField field : fields) {
            if (field.isBuilderArgument()) {
                continue;
            }
            file.append(Javadoc.comment(
                    I2, List.of(fieldDoc(field), "@param " + field.javaName() + " the value", "@return this builder")));
            file.lines(
                    I2,
                    "public Builder " + field.javaName() + "(" + field.javaType() + " " + field.javaName() + ") {",
                    I1 + "this." + field.javaName() + " = " + field.javaName() + ";",
                    I1 + "return this;",
                    "}",
                    "");
        }
        file.append(Javadoc.comment(
                I2,
                List.of(
                        "@return the request",
                        "@throws IllegalArgumentException naming the field whose value the spec does not allow")));
        file.lines(
                I2,
                "public " + name + " build() {",
                I1
                        + JavaFile.list(
                                "return new " + name + "(",
                                fields.stream().map(RequestField::javaName).toList(),
                                ");",
                                I3 + I2),
                "}");
        file.lines(I1, "}");
        file.append("}\n");
        return file;
    }

    private static List<String> classDoc(OperationView view, List<RequestField> arguments) {
        SpecModel.Operation operation = view.operation();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The parameters of {@code " + operation.operationId() + "}, {@code GET " + operation.path() + "}"
                + (operation.summary().isEmpty() ? "." : ": " + Javadoc.text(operation.summary()) + "."));
        List<String> notes = new ArrayList<>();
        for (RequestField field : arguments) {
            notes.add("{@code " + field.javaName() + "} is required and is an argument of {@link #builder}.");
        }
        for (RequestField field : view.fields()) {
            switch (field.context()) {
                case PROJECT_ID -> notes.add("The {@code " + field.wireName() + "} is the client's project.");
                case REGION ->
                    notes.add("The {@code " + field.wireName()
                            + "} header is the client's region unless {@link Builder#" + field.javaName()
                            + "} sets it.");
                default -> {}
            }
        }
        notes.add("A field left null is not sent. Generated from the spec: each field's constraints are checked"
                + " when the request is built, before anything is sent.");
        paragraphs.add(String.join(" ", notes));
        return paragraphs;
    }

    private static String fieldDoc(RequestField field) {
        String description = Javadoc.text(field.parameter().description());
        JsonNode fallback = field.parameter().schema().path("default");
        return (description.isEmpty() ? "" : description + " ") + where(field) + " {@code " + field.wireName() + "}"
                + (fallback.isValueNode() ? "; the service's default is {@code " + fallback.asText() + "}." : ".");
    }

    /** Where the field goes, for the tags that repeat what the record's own {@code @param} says at length. */
    private static String shortDoc(RequestField field) {
        return where(field).toLowerCase(Locale.ROOT) + " {@code " + field.wireName() + "}"
                + (field.isBuilderArgument() ? ", required" : ", or null to leave it out");
    }

    private static String where(RequestField field) {
        return switch (field.parameter().in()) {
            case "path" -> "Path parameter";
            case "header" -> "Header";
            default -> "Query parameter";
        };
    }
}
