package org.imageapis.release.javaapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The incompatible Java API changes a team has accepted since the last release, each with its reason: a YAML file
 * of the form
 *
 * <pre>
 * acknowledged:
 *   - module: image-apis-client
 *     element: "org.imageapis.client.RetryPolicy#maxBackoff()"
 *     change: METHOD_REMOVED
 *     reason: "the backoff is capped by the timeout now; nobody outside the client read it"
 * </pre>
 *
 * where {@code element} and {@code change} are as the gate printed them ({@link IncompatibleChange}).
 */
record Acknowledgements(List<Acknowledgement> entries) {

    /** One accepted incompatible change. */
    record Acknowledgement(String module, String element, String change, String reason) {

        boolean matches(IncompatibleChange candidate) {
            return module.equals(candidate.module())
                    && element.equals(candidate.element())
                    && change.equals(candidate.type());
        }
    }

    Acknowledgements {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the file; a missing file, a wrong shape or an entry without a module, element, change or reason is a
     * {@link GateException} with one line per bad entry.
     */
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
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            Acknowledgement acknowledgement = new Acknowledgement(
                    text(entry, "module"), text(entry, "element"), text(entry, "change"), text(entry, "reason"));
            if (acknowledgement.module().isEmpty()
                    || acknowledgement.element().isEmpty()
                    || acknowledgement.change().isEmpty()
                    || acknowledgement.reason().isEmpty()) {
                bad.add(file + ": acknowledged entry " + (i + 1) + " (" + acknowledgement.element()
                        + ") needs a module, an element, a change (as the gate printed them) and a reason");
            }
            entries.add(acknowledgement);
        }
        if (!bad.isEmpty()) {
            throw new GateException(String.join("\n", bad));
        }
        return new Acknowledgements(entries);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry == null ? null : entry.get(field);
        return value == null || value.isNull() || !value.isValueNode()
                ? ""
                : value.asText().strip();
    }
}
