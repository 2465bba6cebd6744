package org.imageapis.client.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the page class of an operation whose 200 body is a JSON array: the records, the response
 * headers the spec documents (besides {@code X-Request-Id}) and, with {@code x-paging}, the total.
 */
final class PageWriter {

    private static final String I1 = "    ";
    private static final String I2 = I1 + I1;

    private PageWriter() {}

    static JavaFile write(String packageName, OperationView view) {
        OperationView.Result result = view.result();
        String name = result.javaType();
        String item = result.arrayItemClass().orElseThrow();
        String items = result.itemsAccessor();
        JavaFile file = new JavaFile(packageName, name)
                .imports("java.util.List")
                .imports("java.util.Optional")
                .imports(packageName + ".model." + item);
        file.append(Javadoc.comment(
                "",
                List.of("One page of {@code " + view.methodName()
                        + "}: the records of the body (a JSON array) and the response headers the spec documents.")));
        file.append(JavaFile.GENERATED).append("public final class " + name + " {\n\n");
        file.lines(I1, "private final List<" + item + "> " + items + ";");
        result.headers().forEach(header -> file.lines(I1, "private final String " + JavaNames.camel(header) + ";"));
        StringBuilder parameters = new StringBuilder("List<" + item + "> " + items);
        result.headers().forEach(header -> parameters.append(", String ").append(JavaNames.camel(header)));
        List<String> constructorDoc = new ArrayList<>(List.of(
                "A page as the service built it from the response.",
                "@param " + items + " the records of the body; null (no body) is an empty page"));
        result.headers()
                .forEach(header -> constructorDoc.add("@param " + JavaNames.camel(header) + " the {@code " + header
                        + "} header, or null when absent"));
        file.append("\n").append(Javadoc.comment(I1, constructorDoc));
        file.lines(
                I1,
                "public " + name + "(" + parameters + ") {",
                I1 + "this." + items + " = " + items + " == null ? List.of() : List.copyOf(" + items + ");");
        result.headers()
                .forEach(header ->
                        file.lines(I2, "this." + JavaNames.camel(header) + " = " + JavaNames.camel(header) + ";"));
        file.lines(I1, "}", "");
        file.append(Javadoc.comment(I1, List.of("@return the records of this page, in the service's order")));
        file.lines(I1, "public List<" + item + "> " + items + "() {", I1 + "return " + items + ";", "}");
        for (String header : result.headers()) {
            String field = JavaNames.camel(header);
            file.append("\n").append(Javadoc.comment(I1, List.of("@return the {@code " + header + "} header as sent")));
            file.lines(
                    I1,
                    "public Optional<String> " + field + "() {",
                    I1 + "return Optional.ofNullable(" + field + ");",
                    "}");
        }
        view.paging().ifPresent(paging -> {
            file.imports("java.util.OptionalLong").imports("org.imageapis.client.paging.Totals");
            file.append("\n")
                    .append(Javadoc.comment(
                            I1,
                            List.of("@return the number of all matching records, as "
                                    + ServiceWriter.totalDescription(paging)
                                    + "; empty when the answer does not say")));
            file.lines(
                    I1,
                    "public OptionalLong total() {",
                    I1 + "return " + ServiceWriter.totalExpression(paging, "this", items, JavaNames::camel, item) + ";",
                    "}");
        });
        StringBuilder toString = new StringBuilder("\"" + name + "[\" + " + items + ".size() + \" " + items + "\"");
        result.headers()
                .forEach(header -> toString.append(" + \", ")
                        .append(header)
                        .append("=\" + ")
                        .append(JavaNames.camel(header)));
        file.append("\n")
                .lines(I1, "@Override", "public String toString() {", I1 + "return " + toString + " + \"]\";", "}");
        file.append("}\n");
        return file;
    }
}
