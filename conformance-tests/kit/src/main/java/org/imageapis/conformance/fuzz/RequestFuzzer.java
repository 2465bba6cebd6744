package org.imageapis.conformance.fuzz;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SchemaFacts;
import org.imageapis.conformance.spec.SpecDocument;
import org.imageapis.signing.PercentEncoding;

/**
 * Generates requests for one operation from its parameters' schemas: a valid baseline (required parameters plus a
 * random half of the optional ones) and, three times in four, one {@link Mutation} of it. Deterministic for a given
 * seed. Whether a request is valid is not decided here: the conformance validator, an oracle independent of any
 * server, decides that.
 */
public final class RequestFuzzer {

    private static final String TEN_KB = "x".repeat(10 * 1024);
    private static final List<String> ODD_STRINGS = List.of(
            "",
            " ",
            TEN_KB,
            "名前",
            "😀",
            "e\u0301",
            "\u202Etxt",
            "a\u0000b",
            "' OR '1'='1",
            "1; DROP TABLE images;--",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}",
            "%s%n",
            "null",
            "-1",
            "1e309",
            "NaN",
            "true");
    /** Percent-encoding edge cases, inserted into the target as they are (not encoded again). */
    private static final List<String> RAW_ENCODINGS = List.of(
            "%", "%2", "%zz", "%00", "%2F", "%252F", "%C3%28", "%E2%82", "%ED%A0%80", "+", "%20", "a%2Cb", "%26x%3D1");
    /** Plausible string values: names, flags, numbers and a filter expression. */
    private static final List<String> TOKENS =
            List.of("name", "create_at", "synthetic", "true", "false", "0", "10", "100", "center::self|limit::10");

    private static final List<String> WRONG_METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    /** Credentials no server accepts: an empty token, another scheme, a signature without date or valid key. */
    private static final List<Map.Entry<String, String>> BAD_CREDENTIALS = List.of(
            Map.entry("X-Auth-Token", ""),
            Map.entry("Authorization", "Basic eA=="),
            Map.entry("Authorization", "SDK-HMAC-SHA256 Access=x, SignedHeaders=host, Signature=00"));

    private final OperationSpec operation;
    private final Map<ParameterSpec, SchemaFacts> schemas = new LinkedHashMap<>();
    private final Map<String, String> knownValues;
    private final Random random;

    /**
     * A generator for {@code operation} of {@code spec}.
     *
     * @param spec the spec
     * @param operation the operation whose requests are generated
     * @param seed the seed; the same seed generates the same requests
     * @param knownValues baseline values by parameter name (a project id, an image the server knows, a region);
     *                    other parameters get values drawn from their schemas
     */
    public RequestFuzzer(SpecDocument spec, OperationSpec operation, long seed, Map<String, String> knownValues) {
        this.operation = operation;
        this.knownValues = Map.copyOf(knownValues);
        this.random = new Random(seed ^ operation.id().hashCode());
        operation.parameters().stream()
                .filter(p -> !p.in().equals("cookie"))
                .forEach(p -> schemas.put(p, SchemaFacts.of(spec, p.schemaPointer())));
    }

    /** @return the next request: a valid baseline, mutated three times in four */
    public FuzzRequest next() {
        Map<ParameterSpec, List<String>> values = new LinkedHashMap<>();
        schemas.forEach((parameter, schema) -> {
            if (parameter.required() || random.nextBoolean()) {
                values.put(parameter, new ArrayList<>(List.of(encode(baselineValue(parameter, schema)))));
            }
        });
        Envelope request = new Envelope(operation.method(), "", "", new ArrayList<>(), Auth.VALID);
        Mutation mutation = Mutation.NONE;
        if (random.nextInt(4) > 0 && !schemas.isEmpty()) {
            mutation = mutate(values, request);
        }
        return build(mutation, request, values);
    }

    /** What a mutation changes besides the parameter values: method, path prefix, extra query, headers, credentials. */
    private static final class Envelope {
        String method;
        String prefix;
        String extraQuery;
        final List<Map.Entry<String, String>> headers;
        Auth auth;

        Envelope(String method, String prefix, String extraQuery, List<Map.Entry<String, String>> headers, Auth auth) {
            this.method = method;
            this.prefix = prefix;
            this.extraQuery = extraQuery;
            this.headers = headers;
            this.auth = auth;
        }
    }

    private Mutation mutate(Map<ParameterSpec, List<String>> values, Envelope request) {
        List<ParameterSpec> parameters = new ArrayList<>(schemas.keySet());
        ParameterSpec parameter = parameters.get(random.nextInt(parameters.size()));
        SchemaFacts schema = schemas.get(parameter);
        return switch (random.nextInt(12)) {
            case 0 -> set(values, parameter, Mutation.Kind.BOUNDARY, boundary(schema), true);
            case 1 -> set(values, parameter, Mutation.Kind.WRONG_TYPE, wrongType(schema), true);
            case 2 -> {
                values.remove(parameter);
                yield new Mutation(Mutation.Kind.MISSING, parameter.in(), parameter.name(), "");
            }
            case 3 -> {
                String again = encode(baselineValue(parameter, schema));
                values.computeIfAbsent(parameter, p -> new ArrayList<>(List.of(again)))
                        .add(again);
                yield new Mutation(Mutation.Kind.REPEATED, parameter.in(), parameter.name(), "");
            }
            case 4 -> set(values, parameter, Mutation.Kind.ODD_STRING, pick(ODD_STRINGS), true);
            case 5 -> set(values, parameter, Mutation.Kind.RAW_ENCODING, pick(RAW_ENCODINGS), false);
            case 6 ->
                set(
                        values,
                        parameter,
                        Mutation.Kind.UNKNOWN_ENUM,
                        schema.enumValues().isEmpty()
                                ? baselineValue(parameter, schema)
                                : "not_" + schema.enumValues().get(0),
                        true);
            case 7 -> {
                request.extraQuery = "fuzz_unknown=1";
                yield Mutation.of(Mutation.Kind.UNDECLARED_PARAMETER, "fuzz_unknown=1");
            }
            case 8 -> {
                request.method = pick(WRONG_METHODS);
                yield Mutation.of(Mutation.Kind.WRONG_METHOD, request.method);
            }
            case 9 -> {
                request.prefix = pick(List.of("/v9", "/v1/x/y", "/%2e%2e", "/docs/../v1"));
                yield Mutation.of(Mutation.Kind.UNKNOWN_PATH, request.prefix);
            }
            case 10 -> {
                request.auth = Auth.NONE;
                yield Mutation.of(Mutation.Kind.NO_CREDENTIALS, "");
            }
            default -> {
                Map.Entry<String, String> header = BAD_CREDENTIALS.get(random.nextInt(BAD_CREDENTIALS.size()));
                request.headers.add(header);
                request.auth = Auth.IN_HEADERS;
                yield Mutation.of(Mutation.Kind.BAD_CREDENTIALS, header.getKey());
            }
        };
    }

    private static Mutation set(
            Map<ParameterSpec, List<String>> values,
            ParameterSpec parameter,
            Mutation.Kind kind,
            String value,
            boolean encode) {
        values.put(parameter, new ArrayList<>(List.of(encode ? encode(value) : value)));
        return new Mutation(kind, parameter.in(), parameter.name(), value);
    }

    private FuzzRequest build(Mutation mutation, Envelope request, Map<ParameterSpec, List<String>> values) {
        String path = operation.path().template();
        StringBuilder query = new StringBuilder();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (ParameterSpec parameter : schemas.keySet()) {
            List<String> given = values.getOrDefault(parameter, List.of());
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", given.isEmpty() ? "" : given.get(0));
                case "query" ->
                    given.forEach(v -> query.append(query.length() == 0 ? "?" : "&")
                            .append(parameter.name())
                            .append('=')
                            .append(v));
                case "header" -> given.forEach(v -> headers.add(Map.entry(parameter.name(), headerValue(v))));
                default -> throw new IllegalStateException("unexpected parameter location " + parameter.in());
            }
        }
        headers.addAll(request.headers);
        if (!request.extraQuery.isEmpty()) {
            query.append(query.length() == 0 ? "?" : "&").append(request.extraQuery);
        }
        return new FuzzRequest(
                operation.id(), mutation, request.method, request.prefix + path + query, headers, request.auth);
    }

    /** A known value for the parameter's name, else {@link #validValue}. */
    private String baselineValue(ParameterSpec parameter, SchemaFacts schema) {
        String known = knownValues.get(parameter.name());
        return known != null ? known : validValue(schema);
    }

    /**
     * A value the schema allows: an enum value, a number within the range, or for a string its default or a
     * realistic token ({@link #TOKENS}) that fits its pattern and length.
     */
    private String validValue(SchemaFacts schema) {
        if (!schema.enumValues().isEmpty()) {
            return pick(schema.enumValues());
        }
        return switch (schema.type()) {
            case "integer", "number" -> {
                long min = schema.minimum().map(BigDecimal::longValue).orElse(0L);
                long max = schema.maximum().map(BigDecimal::longValue).orElse(min + 1_000);
                yield String.valueOf(min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min + 1)));
            }
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> {
                List<String> fitting = new ArrayList<>();
                schema.defaultValue().ifPresent(fitting::add);
                TOKENS.stream().filter(token -> fits(schema, token)).forEach(fitting::add);
                fitting.add("fuzz" + random.nextInt(100));
                yield pick(fitting);
            }
        };
    }

    private static boolean fits(SchemaFacts schema, String value) {
        return schema.pattern()
                        .map(p -> Pattern.compile(p).matcher(value).find())
                        .orElse(true)
                && schema.maxLength().map(max -> value.length() <= max).orElse(true)
                && schema.minLength().map(min -> value.length() >= min).orElse(true);
    }

    /** A value at or just past an edge of the schema's range or length. */
    private String boundary(SchemaFacts schema) {
        List<String> edges =
                new ArrayList<>(List.of("0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808"));
        schema.minimum().ifPresent(limit -> addAround(edges, limit));
        schema.maximum().ifPresent(limit -> addAround(edges, limit));
        schema.maxLength().ifPresent(max -> {
            edges.add("a".repeat(max));
            edges.add("a".repeat(max + 1));
        });
        schema.minLength().filter(min -> min > 0).ifPresent(min -> edges.add("a".repeat(min - 1)));
        return pick(edges);
    }

    private static void addAround(List<String> edges, BigDecimal limit) {
        edges.add(limit.subtract(BigDecimal.ONE).toPlainString());
        edges.add(limit.toPlainString());
        edges.add(limit.add(BigDecimal.ONE).toPlainString());
    }

    private String wrongType(SchemaFacts schema) {
        return switch (schema.type()) {
            case "integer", "number" -> pick(List.of("abc", "1.5", "1e3", "0x10", "true", " 1", "１"));
            case "boolean" -> pick(List.of("yes", "1", "TRUE ", "null", "on"));
            default -> pick(List.of("[1,2]", "{\"a\":1}", "123", "true"));
        };
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Percent-encodes a value for the path or query (UTF-8, {@code %20} for a space). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Header values travel decoded; control characters cannot be sent in a header and are dropped. */
    private static String headerValue(String encoded) {
        return PercentEncoding.decodePath(encoded).replaceAll("[\\p{Cntrl}]", "");
    }
}
