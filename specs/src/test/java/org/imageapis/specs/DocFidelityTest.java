package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds each bundled spec to {@code doc-inventory.yaml}, an independent list of
 * what the doc pages and FACTS.md document. Exact in both directions: a
 * parameter, field, enum value, status or header the sources name must be in the
 * spec, and the spec may not carry facts (defaults, ranges, fields) that no
 * source names.
 */
class DocFidelityTest {

    private static final List<String> CONSTRAINTS =
            List.of("required", "default", "minimum", "maximum", "minLength", "maxLength", "pattern");

    private static final Map<String, OpenAPI> SPECS = new ConcurrentHashMap<>();

    private static JsonNode inventory;

    @BeforeAll
    static void loadInventory() throws IOException {
        try (InputStream in = DocFidelityTest.class.getResourceAsStream("/doc-inventory.yaml")) {
            inventory = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    void parametersMatchTheSourcesExactly(String api) {
        JsonNode expected = inventory.get(api).get("parameters");
        Map<String, Parameter> actual = operation(api).getParameters().stream()
                .collect(Collectors.toMap(Parameter::getName, Function.identity()));

        assertThat(actual.keySet()).as("%s parameters", api).containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        expected.properties().forEach(entry -> {
            Parameter parameter = actual.get(entry.getKey());
            JsonNode facts = entry.getValue();
            String where = api + " parameter " + entry.getKey();
            assertThat(parameter.getIn())
                    .as(where + " location")
                    .isEqualTo(facts.get("in").asText());
            assertThat(typeOf(parameter.getSchema()))
                    .as(where + " type")
                    .isEqualTo(facts.get("type").asText());
            assertThat(constraintsOf(parameter)).as(where + " constraints").isEqualTo(expectedConstraints(facts));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    void statusCodesAndHeadersMatchTheSources(String api) {
        JsonNode expected = inventory.get(api);
        Map<String, ApiResponse> responses = operation(api).getResponses();

        assertThat(responses.keySet())
                .as("%s statuses", api)
                .containsExactlyInAnyOrderElementsOf(texts(expected.get("statuses")));
        expected.get("responseHeaders").properties().forEach(entry -> {
            ApiResponse response = resolve(api, responses.get(entry.getKey()));
            assertThat(response.getHeaders().keySet())
                    .as("%s %s headers", api, entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(texts(entry.getValue()));
        });
        Schema<?> body =
                responses.get("200").getContent().get("application/json").getSchema();
        assertThat(typeOf(body))
                .as("%s 200 body", api)
                .isEqualTo(expected.get("body").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    @SuppressWarnings({"rawtypes", "unchecked"}) // Swagger Parser's model hands out raw Schema maps
    void schemasCarryEveryDocumentedFieldWithItsType(String api) {
        Map<String, Schema> schemas = spec(api).getComponents().getSchemas();
        inventory.get(api).get("schemas").properties().forEach(entry -> {
            Schema<?> schema = schemas.get(entry.getKey());
            assertThat(schema).as("%s schema %s", api, entry.getKey()).isNotNull();
            Map<String, String> actual = new TreeMap<>();
            schema.getProperties().forEach((name, property) -> actual.put(name, typeOf(property)));
            Map<String, String> wanted = new TreeMap<>();
            entry.getValue()
                    .properties()
                    .forEach(
                            field -> wanted.put(field.getKey(), field.getValue().asText()));
            assertThat(actual).as("%s schema %s fields", api, entry.getKey()).isEqualTo(wanted);
            assertThat(schema.getRequired())
                    .as("no source says %s fields are always present", entry.getKey())
                    .isNullOrEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    @SuppressWarnings({"rawtypes", "unchecked"}) // Swagger Parser's model hands out raw Schema maps
    void enumsAreNamedComponentsWithTheDocumentedValues(String api) {
        Map<String, Schema> schemas = spec(api).getComponents().getSchemas();
        inventory.get(api).get("enums").properties().forEach(entry -> {
            Schema<?> schema = schemas.get(entry.getKey());
            assertThat(schema).as("%s enum %s", api, entry.getKey()).isNotNull();
            assertThat(schema.getEnum())
                    .as("%s enum %s values", api, entry.getKey())
                    .map(String::valueOf)
                    .containsExactlyElementsOf(texts(entry.getValue()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    void componentSchemasAreExactlyTheDocumentedOnes(String api) {
        Set<String> wanted = new HashSet<>(fieldNames(inventory.get(api).get("schemas")));
        wanted.addAll(fieldNames(inventory.get(api).get("enums")));
        wanted.add("ErrorResponse");
        assertThat(spec(api).getComponents().getSchemas().keySet()).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelarts", "workspace", "hss", "swr"})
    @SuppressWarnings({"rawtypes", "unchecked"}) // Swagger Parser's model hands out raw Schema maps
    void noInlineEnumsSoGeneratedCodeTypesThem(String api) {
        OpenAPI spec = spec(api);
        operation(api)
                .getParameters()
                .forEach(parameter -> assertThat(parameter.getSchema().getEnum())
                        .as("%s parameter %s: enums belong in a component schema", api, parameter.getName())
                        .isNullOrEmpty());
        spec.getComponents().getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.forEach((property, propertySchema) -> assertThat(propertySchema.getEnum())
                        .as("%s %s.%s: enums belong in a component schema", api, name, property)
                        .isNullOrEmpty());
            }
        });
    }

    private static OpenAPI spec(String api) {
        return SPECS.computeIfAbsent(api, id -> {
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            String location = Path.of("target", "openapi", id + ".yaml")
                    .toAbsolutePath()
                    .toUri()
                    .toString();
            return new OpenAPIParser().readLocation(location, null, options).getOpenAPI();
        });
    }

    private static Operation operation(String api) {
        JsonNode expected = inventory.get(api);
        Operation operation =
                spec(api).getPaths().get(expected.get("path").asText()).getGet();
        assertThat(operation.getOperationId())
                .isEqualTo(expected.get("operationId").asText());
        return operation;
    }

    private static ApiResponse resolve(String api, ApiResponse response) {
        String ref = response.get$ref();
        return ref == null
                ? response
                : spec(api).getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** The type notation of doc-inventory.yaml: a component name, array&lt;T&gt;, or type/format. */
    private static String typeOf(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        if ("array".equals(schema.getType())) {
            return "array<" + typeOf(schema.getItems()) + ">";
        }
        return schema.getFormat() == null ? schema.getType() : schema.getType() + "/" + schema.getFormat();
    }

    private static Map<String, String> constraintsOf(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("required", Boolean.TRUE.equals(parameter.getRequired()) ? true : null);
        values.put("default", schema.getDefault());
        values.put("minimum", schema.getMinimum());
        values.put("maximum", schema.getMaximum());
        values.put("minLength", schema.getMinLength());
        values.put("maxLength", schema.getMaxLength());
        values.put("pattern", schema.getPattern());
        Map<String, String> present = new TreeMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value));
            }
        });
        return present;
    }

    private static Map<String, String> expectedConstraints(JsonNode facts) {
        Map<String, String> wanted = new TreeMap<>();
        CONSTRAINTS.stream()
                .filter(facts::has)
                .forEach(key -> wanted.put(key, facts.get(key).asText()));
        return wanted;
    }

    private static List<String> fieldNames(JsonNode node) {
        return iterate(node.fieldNames());
    }

    private static List<String> texts(JsonNode array) {
        return iterate(array.elements()).stream().map(JsonNode::asText).toList();
    }

    private static <T> List<T> iterate(Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
