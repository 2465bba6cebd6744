package org.imageapis.conformance.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Generates requests for one operation of a bundled spec, from its parameters' schemas: a valid baseline
 * (required parameters plus a random half of the optional ones, values drawn from the schema) and, for most
 * requests, one mutation of it. Deterministic for a given seed. Whether a request is valid is not decided here:
 * the test asks the conformance validator, an oracle independent of the server.
 */
public final class RequestFuzzer {

    public static final String TOKEN = "fuzz-token";
    private static final String TEN_KB = "x".repeat(10 * 1024);
    private static final List<String> ODD_STRINGS = List.of(
            "", " ", TEN_KB, "名前", "😀", "e\u0301", "\u202Etxt", "a\u0000b",
            "' OR '1'='1", "1; DROP TABLE images;--", "<script>alert(1)</script>", "../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%s%n", "null", "-1", "1e309", "NaN", "true");
    /** Percent-encoding edge cases, inserted into the target as they are (not encoded again). */
    private static final List<String> RAW_ENCODINGS = List.of(
            "%", "%2", "%zz", "%00", "%2F", "%252F", "%C3%28", "%E2%82", "%ED%A0%80", "+", "%20", "a%2Cb", "%26x%3D1");
    /** Plausible string values: names, flags, numbers and a filter expression. */
    private static final List<String> TOKENS = List.of("name", "create_at", "synthetic", "true", "false", "0", "10",
            "100", "center::self|limit::10");
    private static final List<String> WRONG_METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final List<Parameter> parameters;
    private final Function<Schema<?>, Schema<?>> resolve;
    private final Random random;

    public RequestFuzzer(OpenAPI spec, String operationId, long seed) {
        this.operationId = operationId;
        this.random = new Random(seed ^ operationId.hashCode());
        this.resolve = schema -> schema.get$ref() == null ? schema
                : spec.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        String foundPath = null;
        String foundMethod = null;
        List<Parameter> foundParameters = null;
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                if (operationId.equals(op.getValue().getOperationId())) {
                    foundPath = path.getKey();
                    foundMethod = op.getKey().name();
                    foundParameters = new ArrayList<>(op.getValue().getParameters() == null ? List.of()
                            : op.getValue().getParameters());
                    if (path.getValue().getParameters() != null) {
                        foundParameters.addAll(path.getValue().getParameters());
                    }
                }
            }
        }
        if (foundPath == null) {
            throw new IllegalArgumentException("no operation " + operationId);
        }
        this.pathTemplate = foundPath;
        this.method = foundMethod;
        this.parameters = List.copyOf(foundParameters);
    }

    /** The next request: a valid baseline, mutated three times in four. */
    public FuzzRequest next() {
        Map<Parameter, List<String>> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean()) {
                values.put(parameter, new ArrayList<>(List.of(encode(validValue(parameter)))));
            }
        }
        List<Map.Entry<String, String>> extraHeaders = new ArrayList<>();
        String requestMethod = method;
        String prefix = "";
        String extraQuery = "";
        boolean credentialed = true;
        String mutation = "none";
        if (random.nextInt(4) > 0) {
            Parameter parameter = parameters.get(random.nextInt(parameters.size()));
            Schema<?> schema = resolve.apply(parameter.getSchema());
            String where = parameter.getIn() + " " + parameter.getName();
            switch (random.nextInt(12)) {
                case 0 -> {
                    String value = boundary(schema);
                    mutation = "boundary " + where + "=" + value;
                    values.put(parameter, new ArrayList<>(List.of(encode(value))));
                }
                case 1 -> {
                    String value = wrongType(schema);
                    mutation = "wrong type " + where + "=" + value;
                    values.put(parameter, new ArrayList<>(List.of(encode(value))));
                }
                case 2 -> {
                    mutation = "missing " + where;
                    values.remove(parameter);
                }
                case 3 -> {
                    mutation = "repeated " + where;
                    if (!values.containsKey(parameter)) {
                        values.put(parameter, new ArrayList<>(List.of(encode(validValue(parameter)))));
                    }
                    values.get(parameter).add(encode(validValue(parameter)));
                }
                case 4 -> {
                    String value = pick(ODD_STRINGS);
                    mutation = "odd string " + where + "=" + abbreviate(value);
                    values.put(parameter, new ArrayList<>(List.of(encode(value))));
                }
                case 5 -> {
                    String value = pick(RAW_ENCODINGS);
                    mutation = "raw encoding " + where + "=" + value;
                    values.put(parameter, new ArrayList<>(List.of(value)));
                }
                case 6 -> {
                    mutation = "unknown enum value " + where;
                    values.put(parameter, new ArrayList<>(List.of(schema.getEnum() == null || schema.getEnum().isEmpty()
                            ? encode(validValue(parameter)) : "not_" + schema.getEnum().get(0))));
                }
                case 7 -> {
                    mutation = "undeclared query parameter";
                    extraQuery = "fuzz_unknown=1";
                }
                case 8 -> {
                    requestMethod = pick(WRONG_METHODS);
                    mutation = "wrong method " + requestMethod;
                }
                case 9 -> {
                    prefix = pick(List.of("/v9", "/v1/x/y", "/%2e%2e", "/docs/../v1"));
                    mutation = "unknown path prefix " + prefix;
                }
                case 10 -> {
                    credentialed = false;
                    mutation = "no credentials";
                }
                default -> {
                    credentialed = false;
                    String header = pick(List.of("X-Auth-Token: ", "X-Auth-Token: wrong", "Authorization: Basic eA==",
                            "Authorization: SDK-HMAC-SHA256 Access=x, SignedHeaders=host, Signature=00",
                            "X-Auth-Token: " + TEN_KB));
                    mutation = "bad credentials header " + abbreviate(header);
                    int colon = header.indexOf(':');
                    extraHeaders.add(Map.entry(header.substring(0, colon), header.substring(colon + 2)));
                }
            }
        }
        return build(mutation, requestMethod, prefix, extraQuery, values, extraHeaders, credentialed);
    }

    private FuzzRequest build(String mutation, String requestMethod, String prefix, String extraQuery,
                              Map<Parameter, List<String>> values, List<Map.Entry<String, String>> extraHeaders,
                              boolean credentialed) {
        String path = pathTemplate;
        StringBuilder query = new StringBuilder();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (credentialed) {
            headers.add(Map.entry("X-Auth-Token", TOKEN));
        }
        for (Parameter parameter : parameters) {
            List<String> given = values.getOrDefault(parameter, List.of());
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", given.isEmpty() ? "" : given.get(0));
                case "query" -> given.forEach(v -> query.append(query.length() == 0 ? "?" : "&")
                        .append(parameter.getName()).append('=').append(v));
                case "header" -> given.forEach(v -> headers.add(Map.entry(parameter.getName(), headerValue(v))));
                default -> throw new IllegalStateException("unexpected parameter location " + parameter.getIn());
            }
        }
        headers.addAll(extraHeaders);
        if (!extraQuery.isEmpty()) {
            query.append(query.length() == 0 ? "?" : "&").append(extraQuery);
        }
        return new FuzzRequest(operationId, mutation, requestMethod, prefix + path + query, headers, credentialed);
    }

    /**
     * A value the schema allows: an enum value, a number within the range, or for a string its default or a
     * realistic token ({@link #TOKENS}) that fits its pattern and length.
     */
    private String validValue(Parameter parameter) {
        Schema<?> schema = resolve.apply(parameter.getSchema());
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        return switch (String.valueOf(schema.getType())) {
            case "integer", "number" -> {
                long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
                long max = schema.getMaximum() == null ? min + 1_000 : schema.getMaximum().longValue();
                yield String.valueOf(min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min + 1)));
            }
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> {
                List<String> fitting = new ArrayList<>();
                if (schema.getDefault() != null) {
                    fitting.add(String.valueOf(schema.getDefault()));
                }
                TOKENS.stream().filter(token -> fits(schema, token)).forEach(fitting::add);
                fitting.add("fuzz" + random.nextInt(100));
                yield fitting.get(random.nextInt(fitting.size()));
            }
        };
    }

    private static boolean fits(Schema<?> schema, String value) {
        return (schema.getPattern() == null || Pattern.compile(schema.getPattern()).matcher(value).find())
                && (schema.getMaxLength() == null || value.length() <= schema.getMaxLength())
                && (schema.getMinLength() == null || value.length() >= schema.getMinLength());
    }

    /** A value at or just past an edge of the schema's range or length. */
    private String boundary(Schema<?> schema) {
        List<String> edges = new ArrayList<>(List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
                "9223372036854775808"));
        addAround(edges, schema.getMinimum());
        addAround(edges, schema.getMaximum());
        if (schema.getMaxLength() != null) {
            edges.add("a".repeat(schema.getMaxLength()));
            edges.add("a".repeat(schema.getMaxLength() + 1));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            edges.add("a".repeat(schema.getMinLength() - 1));
        }
        return pick(edges);
    }

    private static void addAround(List<String> edges, BigDecimal limit) {
        if (limit != null) {
            edges.add(limit.subtract(BigDecimal.ONE).toPlainString());
            edges.add(limit.toPlainString());
            edges.add(limit.add(BigDecimal.ONE).toPlainString());
        }
    }

    private String wrongType(Schema<?> schema) {
        return switch (String.valueOf(schema.getType())) {
            case "integer", "number" -> pick(List.of("abc", "1.5", "1e3", "0x10", "true", " 1", "１"));
            case "boolean" -> pick(List.of("yes", "1", "TRUE ", "null", "on"));
            default -> pick(List.of("[1,2]", "{\"a\":1}", "123", "true"));
        };
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Percent-encodes a value for the path or query (UTF-8, {@code %20} for a space). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Header values travel decoded; control characters cannot be sent in a header and are dropped. */
    private static String headerValue(String encoded) {
        String decoded;
        try {
            decoded = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = encoded;
        }
        return decoded.replaceAll("[\\p{Cntrl}]", "");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
