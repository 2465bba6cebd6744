package org.imageapis.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The breaking changes a team has accepted since the last release, each with its reason: a YAML file of the form
 *
 * <pre>
 * acknowledged:
 *   - api: swr
 *     change: "property-removed GET /v2/manage/repos response:200:body[].tags"
 *     reason: "the provider dropped the field; clients read it as optional already"
 * </pre>
 *
 * where {@code change} is a {@link Change#id()}.
 */
record Acknowledgements(List<Acknowledgement> entries) {

    /** One accepted breaking change. */
    record Acknowledgement(String api, String change, String reason) {

        boolean matches(String apiId, Change candidate) {
            return api.equals(apiId) && change.equals(candidate.id());
        }
    }

    Acknowledgements {
        entries = List.copyOf(entries);
    }

    /** Reads the file; a missing file, a wrong shape or an entry without a reason is a {@link GateException}. */
    static Acknowledgements read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GateException("no acknowledgements file " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new GateException("cannot read the acknowledgements " + file + ": " + e.getMessage());
        }
        JsonNode list = root == null ? null : root.get("acknowledged");
        if (list == null || !list.isArray()) {
            throw new GateException(file + ": expected a list 'acknowledged:' ([] when empty)");
        }
        List<Acknowledgement> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String api = text(entry, "api");
            String change = text(entry, "change");
            String reason = text(entry, "reason");
            if (api.isEmpty() || change.isEmpty() || reason.isEmpty()) {
                throw new GateException(file + ": acknowledged entry " + (i + 1)
                        + " needs an api, a change (the id the gate printed) and a reason");
            }
            entries.add(new Acknowledgement(api, change, reason));
        }
        return new Acknowledgements(entries);
    }

    /** The field's text, or "" when it is missing, not a scalar or YAML's null ({@code asText()} would say "null"). */
    private static String text(JsonNode entry, String field) {
        JsonNode value = entry == null ? null : entry.get(field);
        return value == null || value.isNull() || !value.isValueNode()
                ? ""
                : value.asText().strip();
    }
}
