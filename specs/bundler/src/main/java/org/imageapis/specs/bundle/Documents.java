package org.imageapis.specs.bundle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The source files of one bundle, each parsed once and named by its path relative to the source root. */
final class Documents {

    private final Path sourceRoot;
    private final Map<Path, JsonNode> parsed = new HashMap<>();

    Documents(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /**
     * The source node at {@code location}; callers copy it before changing it.
     *
     * @throws IllegalArgumentException if the file cannot be read or has no such node
     */
    JsonNode node(Location location) {
        JsonNode document = parsed.computeIfAbsent(location.file(), this::read);
        JsonNode node = document.at(JsonPointer.compile(location.pointer()));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no " + location.pointer() + " in " + display(location.file()));
        }
        return node;
    }

    /** {@code file} relative to the source root, for messages. */
    String display(Path file) {
        return sourceRoot.relativize(file).toString();
    }

    String display(Location location) {
        return display(location.file()) + "#" + location.pointer();
    }

    private JsonNode read(Path file) {
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? Yaml.JSON : Yaml.YAML;
        try (Reader reader = Files.newBufferedReader(file)) {
            JsonNode document = mapper.readTree(reader);
            if (document == null || document.isMissingNode()) {
                throw new IllegalArgumentException(display(file) + " is empty");
            }
            return document;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + display(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read " + display(file) + ": " + e.getMessage().replaceAll("\\s+", " "));
        }
    }
}
