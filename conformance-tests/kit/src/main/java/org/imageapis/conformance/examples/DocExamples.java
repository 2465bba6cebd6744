package org.imageapis.conformance.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.SemanticsReader;
import org.imageapis.conformance.spec.SpecDocument;
import org.imageapis.specs.Specs;

/**
 * The doc pages' examples as the specs jar ships them: the example bodies under {@code openapi-src/<api>/examples/},
 * each listed in that folder's README.md with its operation and status, and the example requests in each
 * operation's {@code x-example-requests}. Tests iterate over these, so an example added to the specs is checked
 * without touching the tests.
 */
public final class DocExamples {

    /** A README table row: | `file.json` | source | `operationId`, 200 | */
    private static final Pattern BODY_ROW = Pattern.compile("^\\| `([^`]+\\.json)` \\|.*\\| `(\\w+)`, (\\d{3}) \\|$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocExamples() {}

    /** An example body of a doc page, with the operation and status it answers. */
    public record Body(Specs.Api api, String file, String operationId, int status, JsonNode json) {
        @Override
        public String toString() {
            return api.id() + "/" + file + " (" + operationId + " " + status + ")";
        }
    }

    /** An example request of a doc page: {@code line} is {@code METHOD target}. */
    public record Request(Specs.Api api, String operationId, String source, String line) {
        @Override
        public String toString() {
            return api.id() + ": " + line;
        }
    }

    /** @return every example body of every API */
    public static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        for (Specs.Api api : Specs.Api.values()) {
            for (String row : readme(api)) {
                Matcher m = BODY_ROW.matcher(row);
                if (m.matches()) {
                    bodies.add(
                            new Body(api, m.group(1), m.group(2), Integer.parseInt(m.group(3)), json(api, m.group(1))));
                }
            }
        }
        return bodies;
    }

    /** @return every example request of every API, from the bundles' {@code x-example-requests} */
    public static List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (Specs.Api api : Specs.Api.values()) {
            SpecDocument spec =
                    SpecDocument.parse(bundle(api), Specs.bundle(api).toString());
            for (OperationSemantics operation : new SemanticsReader(spec).read()) {
                operation
                        .exampleRequests()
                        .forEach(example -> requests.add(new Request(
                                api,
                                operation.operation().id(),
                                example.source(),
                                example.method() + " " + example.target())));
            }
        }
        return requests;
    }

    private static String bundle(Specs.Api api) {
        try (InputStream in = Specs.bundle(api).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readme(Specs.Api api) {
        return read(api, "README.md").lines().toList();
    }

    private static JsonNode json(Specs.Api api, String file) {
        try {
            return JSON.readTree(read(api, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Specs.Api api, String file) {
        String resource = "openapi-src/" + api.id() + "/examples/" + file;
        try (InputStream in = DocExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
