package org.imageapis.server.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imageapis.server.http.JacksonConfig;

/**
 * Reads and validates a dataset: JSON syntax, the shape and enum values of every record (the spec's
 * models, unknown fields rejected), then the attributes each API needs to find a record.
 */
public final class DatasetLoader {

    private static final String BUILT_IN = "dataset.json";

    private DatasetLoader() {}

    /** @return the dataset shipped in the jar: the doc examples plus records for every filter */
    public static Dataset builtIn() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUILT_IN)) {
            return parse(in.readAllBytes());
        } catch (IOException | DatasetException e) {
            throw new IllegalStateException("The built-in dataset is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a dataset file.
     *
     * @param file the JSON file
     * @return the dataset
     * @throws DatasetException when the file cannot be read or is not a valid dataset, in one line
     */
    public static Dataset load(Path file) throws DatasetException {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": no such file");
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot be read: " + e.getMessage());
        }
        try {
            return parse(json);
        } catch (DatasetException e) {
            throw new DatasetException(file + ": " + e.getMessage());
        }
    }

    /**
     * Reads a dataset from its JSON bytes; a {@link DatasetException} names the JSON pointer of a problem.
     *
     * @param json the dataset's JSON
     * @return the dataset
     * @throws DatasetException when the JSON is not a valid dataset, naming the pointer at fault
     */
    public static Dataset parse(byte[] json) throws DatasetException {
        JsonNode tree;
        try {
            tree = JacksonConfig.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new DatasetException("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new DatasetException("not JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new DatasetException("/: must be a JSON object with the keys modelarts, workspace, hss, swr");
        }
        checkRecordsAreObjects(tree);
        Dataset dataset;
        try {
            dataset = JacksonConfig.mapper().treeToValue(tree, Dataset.class);
        } catch (JsonMappingException e) {
            throw new DatasetException(pointer(e) + ": " + problem(e));
        } catch (JsonProcessingException e) {
            throw new DatasetException("/: " + e.getOriginalMessage());
        }
        checkRequired(dataset);
        return dataset;
    }

    private static void checkRecordsAreObjects(JsonNode tree) throws DatasetException {
        for (Map.Entry<String, JsonNode> section : tree.properties()) {
            if (!section.getValue().isArray()) {
                continue; // binding names the field: unknown section or not an array
            }
            for (int i = 0; i < section.getValue().size(); i++) {
                if (!section.getValue().get(i).isObject()) {
                    throw new DatasetException("/" + section.getKey() + "/" + i + ": must be an object");
                }
            }
        }
    }

    private static void checkRequired(Dataset dataset) throws DatasetException {
        require(
                "modelarts",
                dataset.modelarts(),
                List.of(
                        field("type", ModelArtsRecord::type),
                        field("group", ModelArtsRecord::group),
                        field(
                                "group/name",
                                r -> r.group() == null ? "" : r.group().getName())));
        require(
                "workspace",
                dataset.workspace(),
                List.of(field("id", server -> server.getId()), field("name", server -> server.getName())));
        require(
                "hss",
                dataset.hss(),
                List.of(field("image_id", HssRecord::imageId), field("image_type", HssRecord::imageType)));
        require(
                "swr",
                dataset.swr(),
                List.of(
                        field("center", SwrRecord::center),
                        field("repository", SwrRecord::repository),
                        field(
                                "repository/name",
                                r -> r.repository() == null
                                        ? ""
                                        : r.repository().getName())));
    }

    private record Field<T>(String path, Function<T, Object> value) {}

    private static <T> Field<T> field(String path, Function<T, Object> value) {
        return new Field<>(path, value);
    }

    private static <T> void require(String section, List<T> records, List<Field<T>> fields) throws DatasetException {
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            for (Field<T> field : fields) {
                if (field.value().apply(record) == null) {
                    throw new DatasetException("/" + section + "/" + i + "/" + field.path() + ": is required");
                }
            }
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            pointer.append(
                    reference.getFieldName() != null
                            ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                            : String.valueOf(reference.getIndex()));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    private static String allowed(Class<?> type) {
        return type.isEnum() ? List.of(type.getEnumConstants()).toString() : type.getSimpleName();
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return invalid.getCause().getMessage() + "; allowed: "
                    + allowed(invalid.getType().getRawClass());
        }
        if (e instanceof InvalidFormatException invalid) {
            String target = invalid.getTargetType().isEnum()
                    ? "one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "a " + invalid.getTargetType().getSimpleName();
            return "value " + invalid.getValue() + " is not " + target;
        }
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
