package org.imageapis.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The fixture spec ({@code diff/base.yaml}) and versions of it with one edit each: the pairs the diff tests compare.
 */
public final class SpecPair {

    public static final String LIST_ITEMS = "/paths/~1v1~1{project_id}~1items/get";
    public static final String ITEM = "/paths/~1v1~1{project_id}~1items~1{item_id}";
    public static final String CREATE_TAG = "/paths/~1v1~1{project_id}~1tags/post";
    public static final String SCHEMAS = "/components/schemas";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecPair() {}

    /** A fresh copy of the fixture. */
    public static ObjectNode base() {
        try (InputStream in = SpecPair.class.getResourceAsStream("/diff/base.yaml")) {
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with {@code edit} applied. */
    public static ObjectNode edited(Consumer<ObjectNode> edit) {
        ObjectNode spec = base();
        edit.accept(spec);
        return spec;
    }

    public static ObjectNode object(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    public static ArrayNode array(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    /** A node from inline YAML, such as {@code "{name: region, in: query}"}. */
    public static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parsed as the kit parses specs (a fresh model each time: openapi-diff edits the models it compares). */
    public static OpenAPI parse(JsonNode spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser()
                .readContents(spec.toString(), null, options)
                .getOpenAPI();
    }

    public static DiffReport compare(JsonNode oldSpec, JsonNode newSpec) {
        return SpecDiff.compare("old", parse(oldSpec), "new", parse(newSpec));
    }

    public static Path write(Path file, JsonNode spec) {
        try {
            return Files.writeString(file, YAML.writeValueAsString(spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
