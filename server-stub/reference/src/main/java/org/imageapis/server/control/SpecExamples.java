package org.imageapis.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imageapis.specs.Specs;

/**
 * The documented responses of each API's operation and their examples, read from the bundled spec the first time
 * they are needed (a start does not pay for the YAML parser).
 */
final class SpecExamples {

    private static final Map<Specs.Api, Operation> OPERATIONS = new EnumMap<>(Specs.Api.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecExamples() {}

    static synchronized Operation of(Specs.Api api) {
        return OPERATIONS.computeIfAbsent(api, SpecExamples::read);
    }

    /**
     * The one operation of an API.
     *
     * @param id          its operationId
     * @param responses   the responses by their key in the spec ({@code 200}, {@code 4XX}, {@code default}), in order
     * @param totalHeader the header that carries the total ({@code x-paging.total-header}), or null
     */
    record Operation(String id, Map<String, DocumentedResponse> responses, String totalHeader) {

        /**
         * The response that documents {@code status}: its own entry, else its range ({@code 4XX}), else, for a 4xx
         * or 5xx, {@code default} (as the conformance validator reads a spec).
         */
        Optional<DocumentedResponse> documenting(int status) {
            DocumentedResponse own = responses.get(Integer.toString(status));
            if (own != null) {
                return Optional.of(own);
            }
            DocumentedResponse range = responses.get(status / 100 + "XX");
            if (range != null) {
                return Optional.of(range);
            }
            return status >= 400 ? Optional.ofNullable(responses.get("default")) : Optional.empty();
        }

        /** The documented keys, for a message: {@code 200, 401, default (any other 4xx or 5xx)}. */
        String documentedList() {
            List<String> keys = new ArrayList<>();
            responses.keySet().forEach(key -> keys.add(key.equals("default") ? "default (any other 4xx or 5xx)" : key));
            return String.join(", ", keys);
        }
    }

    /**
     * One documented response.
     *
     * @param key      its key in the spec ({@code 200}, {@code 4XX}, {@code default})
     * @param examples its JSON examples by name (compact JSON bytes), in order; a single {@code example} is named
     *                 {@code example}
     * @param headers  the names of its documented headers
     */
    record DocumentedResponse(String key, Map<String, byte[]> examples, List<String> headers) {

        /** Whether it is the response of exactly {@code status}, not a range or {@code default}. */
        boolean isExactly(int status) {
            return key.equals(Integer.toString(status));
        }
    }

    private static Operation read(Specs.Api api) {
        JsonNode root;
        try (InputStream in = Specs.bundle(api).openStream()) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + api.id() + " bundle", e);
        }
        JsonNode get = root.path("paths").elements().next().path("get");
        Map<String, DocumentedResponse> responses = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        get.path("responses").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode response = resolve(root, entry.getValue());
            JsonNode media = response.path("content").path("application/json");
            Map<String, byte[]> examples = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> ex =
                            media.path("examples").properties().iterator();
                    ex.hasNext(); ) {
                Map.Entry<String, JsonNode> example = ex.next();
                JsonNode value = resolve(root, example.getValue()).get("value");
                if (value != null) {
                    examples.put(example.getKey(), bytes(value));
                }
            }
            if (media.has("example")) {
                examples.put("example", bytes(media.get("example")));
            }
            List<String> headers = new ArrayList<>();
            response.path("headers").fieldNames().forEachRemaining(headers::add);
            responses.put(entry.getKey(), new DocumentedResponse(entry.getKey(), examples, List.copyOf(headers)));
        }
        String totalHeader = get.path("x-paging").path("total-header").asText(null);
        return new Operation(get.path("operationId").asText(), responses, totalHeader);
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asText().startsWith("#/")
                ? root.at(ref.asText().substring(1))
                : node;
    }

    private static byte[] bytes(JsonNode value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
