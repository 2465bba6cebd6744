package org.imageapis.specs.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns one root OpenAPI document, and everything it references in other files, into a single document.
 *
 * <p>A component referenced in another file is copied into the root's {@code components} under the same section
 * and name, and the reference rewritten to point there; any other external reference is inlined. References inside
 * a copied node are relative to the file it came from, and are followed the same way. An Example Object's
 * {@code externalValue} is replaced by a {@code value} holding the parsed JSON file.
 */
final class Bundler {

    /** The order of the components sections in the OpenAPI specification, for sections the root did not have. */
    private static final List<String> SECTION_ORDER = List.of(
            "schemas",
            "responses",
            "parameters",
            "examples",
            "requestBodies",
            "headers",
            "securitySchemes",
            "links",
            "callbacks");

    /** Keys whose values are data (examples, defaults), not OpenAPI structure: a {@code $ref} there is payload. */
    private static final Set<String> DATA_KEYS = Set.of("example", "value", "default", "enum", "const");

    /** Keys whose values map user-chosen names, such as property names, which may be the same as a data key. */
    private static final Set<String> NAME_MAP_KEYS = Set.of(
            "paths",
            "properties",
            "patternProperties",
            "responses",
            "content",
            "headers",
            "examples",
            "encoding",
            "links",
            "callbacks",
            "variables",
            "schemas",
            "parameters",
            "requestBodies",
            "securitySchemes");

    private final Documents documents;
    private final Path rootFile;
    private final ObjectNode root;
    /** Where each component of the bundle comes from: a second, different source for a name is a conflict. */
    private final Map<ComponentKey, Location> sources = new HashMap<>();
    /** Components copied from other files, by section, then by name. */
    private final Map<String, SortedMap<String, JsonNode>> hoisted =
            new TreeMap<>(Comparator.comparingInt(Bundler::sectionRank).thenComparing(Comparator.naturalOrder()));
    /** Sources being compared with the component of the same name already in the bundle. */
    private final Set<Location> comparing = new HashSet<>();
    /** Nodes being inlined, to report a cycle rather than recurse for ever. */
    private final Set<Location> inlining = new HashSet<>();

    Bundler(Documents documents, Path rootFile) {
        this.documents = documents;
        this.rootFile = rootFile;
        JsonNode source;
        try {
            source = documents.node(new Location(rootFile, ""));
        } catch (IllegalArgumentException e) {
            throw new BundleException(e.getMessage());
        }
        if (!(source instanceof ObjectNode object)) {
            throw new BundleException(documents.display(rootFile) + ": not a YAML mapping");
        }
        this.root = object.deepCopy();
    }

    ObjectNode bundle() {
        resolveRootComponents();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getKey().equals("components")) {
                field.setValue(resolve(field.getValue(), rootFile, NAME_MAP_KEYS.contains(field.getKey())));
            }
        }
        appendHoisted();
        return root;
    }

    /**
     * Resolves the root's own components before anything else, so that a component of the same name found later
     * is compared with finished content. All names are claimed first, so references between them stay internal.
     */
    private void resolveRootComponents() {
        JsonNode components = root.path("components");
        for (Map.Entry<String, JsonNode> section : components.properties()) {
            section.getValue().fieldNames().forEachRemaining(name -> {
                ComponentKey key = new ComponentKey(section.getKey(), name);
                sources.put(key, canonical(key, new Location(rootFile, key.pointer())));
            });
        }
        for (Map.Entry<String, JsonNode> section : components.properties()) {
            for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                Location source = sources.get(new ComponentKey(section.getKey(), entry.getKey()));
                JsonNode content = source.file().equals(rootFile)
                        ? entry.getValue()
                        : documents.node(source).deepCopy();
                entry.setValue(resolve(content, source.file(), false));
            }
        }
    }

    /** {@code node}, which came from {@code file}, with its references resolved; changes it in place. */
    private JsonNode resolve(JsonNode node, Path file, boolean keysAreNames) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i), file, false));
            }
        } else if (node instanceof ObjectNode object) {
            if (object.path("$ref").isTextual()) {
                return resolveRef(object, file);
            }
            if (object.path("externalValue").isTextual()) {
                return inlineExternalValue(object, file);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (keysAreNames || !DATA_KEYS.contains(field.getKey())) {
                    field.setValue(resolve(field.getValue(), file, NAME_MAP_KEYS.contains(field.getKey())));
                }
            }
        }
        return node;
    }

    private JsonNode resolveRef(ObjectNode refNode, Path file) {
        String ref = refNode.get("$ref").asText();
        Location target = target(ref, file);
        if (file.equals(rootFile) && ref.startsWith("#")) {
            return refNode;
        }
        Optional<ComponentKey> key = ComponentKey.of(target.pointer());
        if (key.isEmpty()) {
            return inline(target, file, ref);
        }
        hoist(key.get(), target);
        refNode.put("$ref", "#" + key.get().pointer());
        return refNode;
    }

    /** Makes the content at {@code target} the bundle's component {@code key}, unless it already is. */
    private void hoist(ComponentKey key, Location target) {
        Location source = canonical(key, target);
        Location existing = sources.putIfAbsent(key, source);
        if (existing == null) {
            JsonNode content = resolve(documents.node(source).deepCopy(), source.file(), false);
            hoisted.computeIfAbsent(key.section(), section -> new TreeMap<>()).put(key.name(), content);
        } else if (!existing.equals(source) && comparing.add(source)) {
            // While comparing, a reference back to the source being compared counts as equal: recursive
            // schemas then compare in finite time.
            JsonNode candidate = resolve(documents.node(source).deepCopy(), source.file(), false);
            comparing.remove(source);
            if (!candidate.equals(bundled(key))) {
                throw new BundleException("components/" + key.section() + "/" + key.name()
                        + " has two different definitions: " + documents.display(existing)
                        + " and " + documents.display(source));
            }
        }
    }

    /**
     * Where the content of component {@code key} really is: follows entries that only reference the same section
     * and name in another file, such as
     * {@code token: {$ref: '../common/components.yaml#/components/securitySchemes/token'}}.
     */
    private Location canonical(ComponentKey key, Location location) {
        Set<Location> seen = new HashSet<>();
        Location current = location;
        while (seen.add(current)) {
            String ref = documents.node(current).path("$ref").textValue();
            if (ref == null) {
                return current;
            }
            Location next = target(ref, current.file());
            if (!ComponentKey.of(next.pointer()).equals(Optional.of(key))) {
                return current;
            }
            current = next;
        }
        throw new BundleException(documents.display(location) + ": circular $ref");
    }

    private JsonNode inline(Location target, Path file, String ref) {
        if (!inlining.add(target)) {
            throw refError(file, ref, "circular reference");
        }
        JsonNode content = resolve(documents.node(target).deepCopy(), target.file(), false);
        inlining.remove(target);
        return content;
    }

    /** Where {@code ref}, written in {@code file}, points, once it is known to exist. */
    private Location target(String ref, Path file) {
        try {
            Location target = Location.of(ref, file);
            documents.node(target);
            return target;
        } catch (IllegalArgumentException e) {
            throw refError(file, ref, e.getMessage());
        }
    }

    private BundleException refError(Path file, String ref, String problem) {
        return new BundleException(documents.display(file) + ": $ref '" + ref + "': " + problem);
    }

    /** A copy of {@code example} whose {@code externalValue} is replaced, in place, by the file's JSON as value. */
    private ObjectNode inlineExternalValue(ObjectNode example, Path file) {
        String path = example.get("externalValue").asText();
        JsonNode value;
        try {
            Path json = Location.relativeFile(path, file);
            if (!json.getFileName().toString().endsWith(".json")) {
                throw new IllegalArgumentException("only .json files are supported");
            }
            value = documents.node(new Location(json, ""));
        } catch (IllegalArgumentException e) {
            throw new BundleException(documents.display(file) + ": externalValue '" + path + "': " + e.getMessage());
        }
        ObjectNode inlined = example.objectNode();
        for (Map.Entry<String, JsonNode> field : example.properties()) {
            if (field.getKey().equals("externalValue")) {
                inlined.set("value", value.deepCopy());
            } else {
                inlined.set(field.getKey(), field.getValue());
            }
        }
        return inlined;
    }

    private JsonNode bundled(ComponentKey key) {
        JsonNode own = root.path("components").path(key.section()).get(key.name());
        return own != null
                ? own
                : hoisted.getOrDefault(key.section(), Collections.emptySortedMap())
                        .get(key.name());
    }

    /** Appends the copied components after the root's own, sorted by name, creating missing sections at the end. */
    private void appendHoisted() {
        if (hoisted.isEmpty()) {
            return;
        }
        ObjectNode components = root.withObjectProperty("components");
        hoisted.forEach(
                (section, entries) -> components.withObjectProperty(section).setAll(entries));
    }

    private static int sectionRank(String section) {
        int rank = SECTION_ORDER.indexOf(section);
        return rank < 0 ? SECTION_ORDER.size() : rank;
    }
}
