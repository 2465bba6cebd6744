package org.imageapis.client.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a service class: per operation the typed call, its {@code listAll…} auto-pager when the
 * operation has {@code x-paging}, and, in the nested {@code WithRawResponse}, the same call answering
 * the status and headers with the typed body.
 */
final class ServiceWriter {

    private static final String REQUEST_PARAM = "@param request the call's parameters, checked before anything is sent";
    private static final String I1 = "    ";
    private static final String I2 = I1 + I1;
    private static final String I3 = I2 + I1;
    private static final String I4 = I3 + I1;

    private ServiceWriter() {}

    /**
     * @param serviceConstant the client's {@code Service} constant of this API; empty for a spec the
     *        client does not register yet, whose service is then built with an explicit endpoint
     */
    static JavaFile write(
            String packageName,
            String serviceClass,
            Optional<String> serviceConstant,
            String title,
            List<OperationView> views,
            Map<String, String> constantHeaders) {
        JavaFile file = new JavaFile(packageName, serviceClass)
                .imports("java.net.URI")
                .imports("org.imageapis.client.ImageApisClient")
                .imports("org.imageapis.client.RawResponse")
                .imports("org.imageapis.client.http.ApiRequest")
                .imports("org.imageapis.client.http.LazyRawResponse")
                .imports("org.imageapis.client.http.ServiceContext")
                .imports("org.imageapis.client.http.Transport");
        boolean projectId = views.stream()
                .flatMap(view -> view.fields().stream())
                .anyMatch(field -> field.context() == RequestField.Context.PROJECT_ID);
        boolean region = views.stream()
                .flatMap(view -> view.fields().stream())
                .anyMatch(field -> field.context() == RequestField.Context.REGION);
        file.append(Javadoc.comment(
                "",
                List.of(
                        "The operations of the " + Javadoc.text(title)
                                + " spec. Thread-safe; every call checks its request before sending it.",
                        "Generated from the spec by the client generator: see docs/client.md.")));
        file.append(JavaFile.GENERATED).append("public final class " + serviceClass + " {\n\n");
        boolean constants = false;
        for (OperationView view : views) {
            String constant = JavaNames.constant(view.methodName());
            if (view.result().isPage()) {
                String item = view.result().arrayItemClass().get();
                file.imports("com.fasterxml.jackson.core.type.TypeReference")
                        .imports("java.util.List")
                        .imports(packageName + ".model." + item);
                file.lines(
                        I1,
                        "private static final TypeReference<List<" + item + ">> " + constant
                                + "_BODY = new TypeReference<>() { };");
                constants = true;
            }
            if (view.paging().isPresent()) {
                OperationView.PagingView paging = view.paging().get();
                file.append(Javadoc.comment(
                        I1,
                        List.of("The page size of {@code " + view.listAllName()
                                + "} when the request sets no limit: the spec's maximum limit, else its default.")));
                file.lines(I1, "private static final int " + constant + "_PAGE_SIZE = " + paging.pageSize() + ";");
                constants = true;
            }
        }
        if (constants) {
            file.append("\n");
        }
        file.lines(I1, "private final Transport transport;", "private final URI endpoint;");
        if (projectId) {
            file.lines(I1, "private final String projectId;");
        }
        if (region) {
            file.lines(I1, "private final String region;");
        }
        file.lines(I1, "private final WithRawResponse withRawResponse = new WithRawResponse();", "");
        constructor(file, serviceClass, serviceConstant, title, projectId, region);
        file.append(Javadoc.comment(
                I1,
                List.of(
                        "The same calls, answering the response's status and headers "
                                + "(such as {@code X-Request-Id}) with the typed body.",
                        "@return the raw-response view of this service")));
        file.lines(I1, "public WithRawResponse withRawResponse() {", I1 + "return withRawResponse;", "}");
        for (OperationView view : views) {
            typedCall(file, packageName, view);
            view.paging().ifPresent(paging -> listAll(file, packageName, view, paging));
        }
        for (OperationView view : views) {
            requestOf(file, view, constantHeaders);
        }
        file.append("\n")
                .append(Javadoc.comment(
                        I1,
                        List.of("The calls of {@link " + serviceClass
                                + "}, each answering a {@link RawResponse}: the status and headers, and the typed body from "
                                + "{@link RawResponse#parse()}.")));
        file.lines(I1, "public final class WithRawResponse {", "", I1 + "private WithRawResponse() {", I1 + "}");
        for (OperationView view : views) {
            rawCall(file, serviceClass, view);
        }
        file.lines(I1, "}");
        file.append("}\n");
        return file;
    }

    /**
     * The public constructor takes the client, never the internal transport: the client hands the
     * transport, endpoint, project id and region over through {@code ServiceContext}.
     */
    private static void constructor(
            JavaFile file,
            String serviceClass,
            Optional<String> serviceConstant,
            String title,
            boolean projectId,
            boolean region) {
        List<String> comment = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        tags.add("@param client the client whose transport, credentials, project and region the calls use");
        String context;
        if (serviceConstant.isPresent()) {
            file.imports("org.imageapis.client.Service");
            comment.add("The same as the client's accessor of this service.");
            context = "ServiceContext.of(client, Service." + serviceConstant.get() + ")";
        } else {
            comment.add("A service the client does not register yet, calling {@code endpoint} with the client's "
                    + "transport and credentials.");
            tags.add("@param endpoint the base URI the calls go to");
            tags.add("@throws IllegalArgumentException when {@code endpoint} is not an absolute http(s) URI, "
                    + "or has user info, a query or a fragment");
            context = "ServiceContext.of(client, " + JavaNames.literal(title) + ", endpoint)";
        }
        if (region) {
            comment.add("The client's region fills the {@code region} header of requests that do not set it.");
        }
        if (projectId) {
            tags.add("@throws IllegalStateException when the client has no project id");
        }
        comment.addAll(tags);
        file.append(Javadoc.comment(I1, comment));
        file.lines(
                I1,
                "public " + serviceClass + "(ImageApisClient client"
                        + (serviceConstant.isPresent() ? "" : ", URI endpoint") + ") {",
                I1 + "ServiceContext context = " + context + ";",
                I1 + "this.transport = context.transport();",
                I1 + "this.endpoint = context.endpoint();");
        if (projectId) {
            file.lines(I2, "this.projectId = context.projectId();");
        }
        if (region) {
            file.lines(I2, "this.region = context.region();");
        }
        file.lines(I1, "}", "");
    }

    private static void typedCall(JavaFile file, String packageName, OperationView view) {
        SpecModel.Operation operation = view.operation();
        String type = view.result().javaType();
        file.imports(packageName + (view.result().isPage() ? "." : ".model.") + type);
        file.append("\n")
                .append(Javadoc.comment(
                        I1,
                        List.of(
                                (operation.summary().isEmpty() ? "Calls" : Javadoc.text(operation.summary()))
                                        + " ({@code GET " + operation.path() + "}).",
                                Javadoc.text(operation.description()),
                                REQUEST_PARAM,
                                "@return the 2xx answer, typed")));
        file.lines(
                I1,
                "public " + type + " " + view.methodName() + "(" + view.requestClass() + " request) {",
                I1 + "return withRawResponse." + view.methodName() + "(request).parse();",
                "}");
    }

    private static void listAll(
            JavaFile file, String packageName, OperationView view, OperationView.PagingView paging) {
        String type = view.result().javaType();
        String item = paging.itemClass();
        file.imports("org.imageapis.client.paging.AutoPager")
                .imports("org.imageapis.client.paging.Page")
                .imports(packageName + ".model." + item);
        if (!view.result().isPage()) {
            file.imports("org.imageapis.client.paging.Totals");
        }
        String limit = paging.limit().javaName();
        String offset = paging.offset().javaName();
        file.append("\n")
                .append(Javadoc.comment(
                        I1,
                        List.of(
                                "Every record of {@link #" + view.methodName()
                                        + "} for {@code request}, from its {@code " + offset
                                        + "} on, fetched lazily in pages of its {@code "
                                        + limit + "} (default " + paging.pageSize() + ") until "
                                        + totalDescription(paging)
                                        + " is reached, or a page comes back empty.",
                                REQUEST_PARAM,
                                "@return the records, fetched as they are iterated")));
        file.lines(
                I1, "public AutoPager<" + item + "> " + view.listAllName() + "(" + view.requestClass() + " request) {");
        file.lines(
                I2,
                "int pageSize = request." + limit + "() == null ? " + JavaNames.constant(view.methodName())
                        + "_PAGE_SIZE : request." + limit + "();");
        file.lines(
                I2,
                "return new AutoPager<>(request." + offset + "() == null ? 0 : request." + offset + "(), pageSize, ("
                        + offset + ", " + limit + ") -> {");
        String next = "request.toBuilder()." + offset + "(" + offset + ")." + limit + "(" + limit + ").build()";
        boolean needsHeaders = !view.result().isPage() && paging.totalHeader().isPresent();
        if (needsHeaders) {
            file.lines(
                    I3,
                    "RawResponse<" + type + "> response = withRawResponse." + view.methodName() + "(" + next + ");",
                    type + " page = response.parse();");
        } else {
            file.lines(I3, type + " page = " + view.methodName() + "(" + next + ");");
        }
        String items;
        String total;
        if (view.result().isPage()) {
            items = "page." + view.result().itemsAccessor() + "()";
            total = "page.total()";
        } else {
            items = "page." + OperationView.getter(paging.itemsPointer());
            total = totalExpression(
                    paging,
                    "page",
                    items,
                    header -> "response.header(" + JavaNames.literal(header) + ").orElse(null)",
                    item);
        }
        file.lines(I3, "return new Page<>(" + items + ", " + total + ");");
        file.lines(I2, "});").lines(I1, "}");
    }

    /** What a page's total is read from, in words. */
    static String totalDescription(OperationView.PagingView paging) {
        List<String> sources = new ArrayList<>();
        paging.total().ifPresent(pointer -> sources.add("{@code " + pointer.substring(1) + "}"));
        paging.totalHeader().ifPresent(header -> sources.add("the total of the {@code " + header + "} header"));
        paging.totalInItem()
                .ifPresent(pointer -> sources.add("the first record's {@code " + pointer.substring(1) + "}"));
        return sources.isEmpty() ? "a page shorter than the limit" : String.join(", else ", sources);
    }

    /**
     * The {@code OptionalLong} total of a page: from the body ({@code total}), from a header
     * ({@code total-header}) or from the first record ({@code total-in-item}), the first present.
     */
    static String totalExpression(
            OperationView.PagingView paging,
            String body,
            String items,
            Function<String, String> header,
            String itemClass) {
        List<String> sources = new ArrayList<>();
        paging.total()
                .ifPresent(pointer -> sources.add("Totals.of(" + body + "." + OperationView.getter(pointer) + ")"));
        paging.totalHeader().ifPresent(name -> sources.add("Totals.ofRange(" + header.apply(name) + ")"));
        paging.totalInItem()
                .ifPresent(pointer -> sources.add("Totals.inFirstItem(" + items + ", " + itemClass + "::"
                        + JavaNames.getter(pointer.substring(1)) + ")"));
        if (sources.isEmpty()) {
            return "java.util.OptionalLong.empty()";
        }
        return sources.size() == 1 ? sources.get(0) : "Totals.first(" + String.join(", ", sources) + ")";
    }

    /** The private method that turns a request into the decoded call the transport encodes and signs. */
    private static void requestOf(JavaFile file, OperationView view, Map<String, String> constantHeaders) {
        List<String> segments = new ArrayList<>();
        for (String segment : view.operation().path().substring(1).split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                RequestField field = view.fields().stream()
                        .filter(f -> f.parameter().in().equals("path")
                                && f.wireName().equals(segment.substring(1, segment.length() - 1)))
                        .findFirst()
                        .orElseThrow(() -> new GeneratorException(
                                view.methodName() + ": path " + "parameter " + segment + " is not declared"));
                segments.add(
                        field.context() == RequestField.Context.PROJECT_ID
                                ? "projectId"
                                : field.javaType().equals("String")
                                        ? "request." + field.javaName() + "()"
                                        : "String.valueOf(request." + field.javaName() + "())");
            } else if (segment.contains("{") || segment.contains("}")) {
                throw new GeneratorException(view.methodName() + ": path segment " + segment
                        + " mixes text and a parameter, which is not supported");
            } else {
                segments.add(JavaNames.literal(segment));
            }
        }
        file.append("\n")
                .lines(I1, "private ApiRequest " + view.methodName() + "Call(" + view.requestClass() + " request) {");
        file.lines(I2, "return ApiRequest.path(" + String.join(", ", segments) + ")");
        for (RequestField field : view.fields()) {
            String value = "request." + field.javaName() + "()";
            switch (field.parameter().in()) {
                case "query" -> file.lines(I4, ".query(" + JavaNames.literal(field.wireName()) + ", " + value + ")");
                case "header" -> {
                    String text = field.javaType().equals("String")
                            ? value
                            : value + " == null ? null : String.valueOf(" + value + ")";
                    if (field.context() == RequestField.Context.REGION) {
                        text = value + " != null ? " + value + " : region";
                        if (field.parameter().required()) {
                            text = "Checks.required(" + JavaNames.literal(field.javaName()) + ",\n" + I4 + I4 + text
                                    + ", \"set it on the request or the client's region\")";
                            file.imports("org.imageapis.client.http.Checks");
                        }
                    }
                    file.lines(I4, ".header(" + JavaNames.literal(field.wireName()) + ", " + text + ")");
                }
                default -> {}
            }
        }
        if (!constantHeaders.isEmpty()) {
            file.lines(I4, "// Headers this API requires that its spec cannot declare (info.x-client.headers).");
        }
        constantHeaders.forEach((name, value) ->
                file.lines(I4, ".header(" + JavaNames.literal(name) + ", " + JavaNames.literal(value) + ")"));
        file.lines(I4, ".build();").lines(I1, "}");
    }

    private static void rawCall(JavaFile file, String serviceClass, OperationView view) {
        String type = view.result().javaType();
        String read = view.result().isPage()
                ? "new " + type + "(transport.read(response, " + JavaNames.constant(view.methodName()) + "_BODY)"
                        + view.result().headers().stream()
                                .map(header -> ",\n" + I4 + I4 + "response.header(" + JavaNames.literal(header)
                                        + ").orElse(null)")
                                .reduce("", String::concat)
                        + ")"
                : "transport.read(response, " + type + ".class)";
        file.append("\n")
                .append(Javadoc.comment(
                        I2,
                        List.of(
                                "{@link " + serviceClass + "#" + view.methodName()
                                        + "}, answering the status and headers with the typed body.",
                                REQUEST_PARAM,
                                "@return the response, its body parsed on {@link RawResponse#parse()}")));

        file.lines(
                I2,
                "public RawResponse<" + type + "> " + view.methodName() + "(" + view.requestClass() + " request) {");
        file.lines(I3, "return new LazyRawResponse<>(transport.get(endpoint, " + view.methodName() + "Call(request)),");
        file.lines(I4, I1 + "response -> " + read + ");");
        file.lines(I2, "}");
    }
}
