package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * The compiled JSON schemas of one spec, by JSON pointer, with the OpenAPI 3.0 dialect: {@code nullable} honoured,
 * formats asserted, {@code int32}/{@code int64} ranges checked. Each schema is compiled inside the whole spec
 * document, so its {@code #/components/...} references resolve. All schemas are compiled and their references
 * loaded up front; afterwards the catalog is read-only and safe to share between threads.
 */
public final class SchemaCatalog {

    private static final JsonMetaSchema OPENAPI_30 = JsonMetaSchema.builder(OpenApi30.getInstance())
            .format(IntegerRangeFormat.INT32)
            .format(IntegerRangeFormat.INT64)
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OPENAPI_30).defaultMetaSchemaIri(OPENAPI_30.getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .nullableKeywordEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();

    private final Map<String, JsonSchema> schemas;

    /** Compiles the schema at each pointer of {@code spec} that exists. */
    public SchemaCatalog(SpecDocument spec, Collection<String> pointers) {
        JsonSchema document = FACTORY.getSchema(SchemaLocation.of("urn:imageapis:spec"), spec.root(), CONFIG);
        this.schemas = pointers.stream()
                .distinct()
                .filter(pointer -> !spec.root().at(pointer).isMissingNode())
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(), pointer -> compile(document, spec.root(), pointer)));
    }

    private static JsonSchema compile(JsonSchema document, JsonNode root, String pointer) {
        JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
        JsonNode node = root;
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            // The validator tells array elements from object members by the type of the path element.
            if (node.isArray()) {
                path = path.append(Integer.parseInt(name));
                node = node.get(Integer.parseInt(name));
            } else {
                path = path.append(name);
                node = node.get(name);
            }
        }
        try {
            JsonSchema schema = document.getSubSchema(path);
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw new SpecLoadException("cannot compile the schema at " + pointer + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates {@code instance} against the schema at {@code pointer}; each violation's pointer is
     * {@code prefix} followed by the location inside the instance. Where the spec gives no schema (a media type
     * or parameter without one), any value is valid.
     */
    public List<Violation> validate(String pointer, JsonNode instance, String prefix) {
        JsonSchema schema = schemas.get(pointer);
        if (schema == null) {
            return List.of();
        }
        return MessageTranslator.translate(schema.validate(instance), prefix);
    }
}
