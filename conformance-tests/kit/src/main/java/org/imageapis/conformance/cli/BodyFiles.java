package org.imageapis.conformance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.imageapis.conformance.ValidationReport;

/**
 * Reads the body files named on the command line: a directory stands for the {@code *.json} files in it, a file
 * larger than the maximum size is refused unread, and a file that is not JSON is reported, not thrown.
 */
final class BodyFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final long maxBytes;

    BodyFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Validates each file with {@code validate}, in the order given (a directory's files sorted by name). */
    List<InputResult> validateAll(List<Path> arguments, Function<JsonNode, ValidationReport> validate) {
        List<InputResult> results = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try {
                    List<Path> files = jsonFilesIn(argument);
                    if (files.isEmpty()) {
                        results.add(InputResult.unreadable(argument.toString(), "no *.json files in this directory"));
                    }
                    files.forEach(file -> results.add(validateOne(file, validate)));
                } catch (IOException e) {
                    results.add(InputResult.unreadable(argument.toString(), "cannot list: " + e.getMessage()));
                }
            } else {
                results.add(validateOne(argument, validate));
            }
        }
        return results;
    }

    private InputResult validateOne(Path file, Function<JsonNode, ValidationReport> validate) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return InputResult.unreadable(name, "no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return InputResult.unreadable(
                        name,
                        size + " bytes exceeds the maximum body size of " + maxBytes
                                + " bytes (raise it with --max-size)");
            }
            JsonNode body = JSON.readTree(Files.readAllBytes(file));
            if (body == null || body.isMissingNode()) {
                return InputResult.unreadable(name, "empty file, not a JSON body");
            }
            return InputResult.validated(name, validate.apply(body));
        } catch (JsonProcessingException e) {
            return InputResult.unreadable(
                    name,
                    "not valid JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            return InputResult.unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> jsonFilesIn(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            stream.forEach(file -> {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            });
        }
        files.sort(null);
        return files;
    }
}
