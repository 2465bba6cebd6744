package org.imageapis.conformance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imageapis.client.http.Transport;
import org.imageapis.server.http.JacksonConfig;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every doc example body read into the generated model that the client ships, and into the one
 * the server stub ships, then written back: the JSON must equal the original, so no field is
 * lost, renamed or retyped by either model. The model class is found from the operation's
 * response schema in the bundled spec, so a new example needs no change here.
 */
class ModelRoundTripTest {

    private static final Map<Specs.Api, OpenAPI> SPECS = new EnumMap<>(Specs.Api.class);

    /**
     * The client only reads models; writing them back uses its reader configuration plus the
     * wire's conventions (ISO date-times, absent fields left out) so the comparison is fair.
     */
    private static final ObjectMapper CLIENT = Transport.objectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private static final ObjectMapper SERVER = JacksonConfig.mapper();

    static List<DocExamples.Body> examples() {
        return DocExamples.bodies();
    }

    @Test
    void everyApiHasExamplesToRoundTrip() {
        assertThat(examples()).extracting(DocExamples.Body::api).containsAll(List.of(Specs.Api.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void clientModelKeepsEveryField(DocExamples.Body example) throws Exception {
        assertRoundTrips(example, "org.imageapis.client", CLIENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void serverModelKeepsEveryField(DocExamples.Body example) throws Exception {
        assertRoundTrips(example, "org.imageapis.server", SERVER);
    }

    private static void assertRoundTrips(DocExamples.Body example, String basePackage, ObjectMapper mapper)
            throws Exception {
        JavaType type = modelType(example, basePackage, mapper);
        Object model = mapper.readValue(example.json().toString(), type);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(model));
        assertThat(written).as("%s through %s", example, type).isEqualTo(example.json());
    }

    /** The generated class (or list of classes) of the example's response schema. */
    private static JavaType modelType(DocExamples.Body example, String basePackage, ObjectMapper mapper)
            throws ClassNotFoundException {
        Schema<?> schema = responseSchema(example);
        boolean list = "array".equals(schema.getType());
        String ref = (list ? schema.getItems() : schema).get$ref();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Class<?> model = Class.forName(basePackage + "." + example.api().id() + ".model." + name);
        return list
                ? mapper.getTypeFactory().constructCollectionType(List.class, model)
                : mapper.getTypeFactory().constructType(model);
    }

    private static Schema<?> responseSchema(DocExamples.Body example) {
        OpenAPI spec = SPECS.computeIfAbsent(example.api(), api -> {
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            return new OpenAPIV3Parser().read(Specs.bundle(api).toString(), null, options);
        });
        Operation operation = spec.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(candidate -> example.operationId().equals(candidate.getOperationId()))
                .findFirst()
                .orElseThrow();
        return Objects.requireNonNull(operation
                .getResponses()
                .get(String.valueOf(example.status()))
                .getContent()
                .get("application/json")
                .getSchema());
    }
}
