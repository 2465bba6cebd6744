package org.imageapis.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import com.networknt.schema.oas.OpenApi31;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.spec.SpecDocument;

/**
 * The compiled JSON schemas of one spec, by JSON pointer, in the spec's dialect: for OpenAPI 3.0 its own, with
 * {@code nullable} honoured; for OpenAPI 3.1 JSON Schema 2020-12 (type arrays, numeric exclusive bounds), in the
 * OpenAPI 3.1 base dialect. Either way formats are asserted and {@code int32}/{@code int64} ranges checked. Each
 * schema is compiled inside the whole spec document, so its {@code #/components/...} references resolve. All schemas
 * are compiled and their references loaded up front; afterwards the catalog is read-only and safe to share between
 * threads.
 */
public final class SchemaCatalog {

    private static final Dialect OPENAPI_30 = new Dialect(OpenApi30.getInstance(), SpecVersion.VersionFlag.V4, true);
    private static final Dialect OPENAPI_31 =
            new Dialect(OpenApi31.getInstance(), SpecVersion.VersionFlag.V202012, false);

    private final Map<String, JsonSchema> schemas;
    private final MessageTranslator translator;

    /**
     * Compiles the schema at each pointer of {@code spec} that exists.
     *
     * @param spec the spec the pointers point into
     * @param pointers JSON pointers to schemas, such as a media type's {@code /schema}
     */
    public SchemaCatalog(SpecDocument spec, Collection<String> pointers) {
        Dialect dialect = spec.isOpenApi31() ? OPENAPI_31 : OPENAPI_30;
        JsonSchema document =
                dialect.factory().getSchema(SchemaLocation.of("urn:imageapis:spec"), spec.root(), dialect.config());
        this.schemas = pointers.stream()
                .distinct()
                .filter(pointer -> !spec.root().at(pointer).isMissingNode())
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(), pointer -> compile(document, spec.root(), pointer)));
        this.translator = new MessageTranslator(spec.root(), dialect.config().isNullableKeywordEnabled());
    }

    /** A meta-schema with the OpenAPI integer formats, the factory that uses it by default, and its settings. */
    private record Dialect(JsonSchemaFactory factory, SchemaValidatorsConfig config) {

        Dialect(JsonMetaSchema base, SpecVersion.VersionFlag version, boolean nullableKeyword) {
            this(factory(base, version), config(nullableKeyword));
        }

        private static JsonSchemaFactory factory(JsonMetaSchema base, SpecVersion.VersionFlag version) {
            // Each schema is compiled inside the whole spec document, so the library meets the document's own keys
            // (openapi, info, paths, x-...) too: they are annotations here, where its default factory logged a
            // warning for each to the application's logger.
            JsonMetaSchema metaSchema = JsonMetaSchema.builder(base)
                    .format(IntegerRangeFormat.INT32)
                    .format(IntegerRangeFormat.INT64)
                    .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                    .build();
            return JsonSchemaFactory.getInstance(
                    version, builder -> builder.metaSchema(metaSchema).defaultMetaSchemaIri(metaSchema.getIri()));
        }

        private static SchemaValidatorsConfig config(boolean nullableKeyword) {
            // Both OpenAPI meta-schemas have discriminator; with it disabled, json-schema-validator enables it and
            // turns nullable on with it, which would make a 3.1 schema's stray nullable let null in.
            return SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .discriminatorKeywordEnabled(true)
                    .nullableKeywordEnabled(nullableKeyword)
                    .pathType(PathType.JSON_POINTER)
                    .build();
        }
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
     *
     * @param pointer the JSON pointer of the schema
     * @param instance the value to validate
     * @param prefix the pointer put in front of each violation's location
     * @return the violations, empty when the value is valid
     */
    public List<Violation> validate(String pointer, JsonNode instance, String prefix) {
        JsonSchema schema = schemas.get(pointer);
        if (schema == null) {
            return List.of();
        }
        return translator.translate(schema.validate(instance), prefix);
    }
}
