package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imageapis.server.HeadlessChromium.Page;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opens {@code /reference/} and each API's page in headless Chromium: each operation shows its summary and path,
 * every parameter, the vendor extensions and the example body of its 200 response, and the page requests nothing
 * but from this server. Outside CI the test is skipped when Chromium is not installed; under {@code CI=true} it
 * must run.
 */
class ReferencePagesInChromiumTest {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        server = ServerFixture.builtIn();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void eachOperationShowsItsParametersExtensionsAndExample(Specs.Api api) throws Exception {
        JsonNode bundle = bundle(api);
        List<Operation> operations = operations(bundle);
        assertThat(operations).as("operations of %s", api).isNotEmpty();

        for (Operation entry : operations) {
            JsonNode operation = entry.operation();
            // Redoc routes to an operation by a hash of its tag and operationId, so a page opens at one.
            String route = "#/" + slug(operation.path("tags").path(0).asText()) + "/"
                    + operation.path("operationId").asText().toLowerCase(Locale.ROOT);
            Page page = open("/reference/" + api.id() + ".html" + route);
            String text = visibleText(page.dom());
            String label = api.id() + route;

            assertShows(text, operation.path("summary").asText(), label);
            assertShows(text, entry.path(), label);
            for (String extension : extensions(operation)) {
                assertShows(text, extension.substring(2) + ":", label);
            }
            for (JsonNode reference : operation.path("parameters")) {
                JsonNode parameter = resolve(bundle, reference);
                String name = parameter.path("name").asText();
                // Each parameter has a deep link naming its location (Redoc says "headers" for "header") and name.
                String in = parameter.path("in").asText().replaceFirst("^header$", "headers");
                assertShows(page.dom(), "in=" + in + "&amp;path=" + name + "\"", label);
                for (String extension : extensions(parameter)) {
                    assertShows(text, extension.substring(2) + ":", label + " " + name);
                }
            }
            for (String json : jsonTokens(firstExample(bundle, operation))) {
                assertShows(text, json, label + " example body");
            }
        }
    }

    @Test
    void theIndexLinksEachPageAndSwaggerUi() throws Exception {
        Page index = open("/reference/");

        for (Specs.Api api : Specs.Api.values()) {
            String title = bundle(api).at("/info/title").asText();
            assertShows(index.dom(), "<a href=\"" + api.id() + ".html\">" + title + "</a>", "the index");
            assertShows(
                    index.dom(),
                    "<a href=\"../docs/?urls.primaryName="
                            + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20") + "\">",
                    "the index");
        }
    }

    /** Fails naming what is missing, without printing the whole page. */
    private static void assertShows(String page, String expected, String label) {
        assertThat(page.contains(expected)).as("%s shows %s", label, expected).isTrue();
    }

    /** Opens a page, and fails if it requested anything from elsewhere than this server. */
    private static Page open(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = server.uri(pathAndQuery);
        Page page = HeadlessChromium.open(uri, 2000);
        String origin = server.uri("/").toString();
        assertThat(page.requests()).as("requests of %s", uri).isNotEmpty().allMatch(url -> url.startsWith(origin));
        assertThat(page.requests().get(0)).isEqualTo(uri.toString());
        return page;
    }

    private static JsonNode bundle(Specs.Api api) throws IOException {
        try (InputStream in = Specs.bundle(api).openStream()) {
            return new YAMLMapper().readTree(in);
        }
    }

    /** An operation of a bundle and the path it is under. */
    private record Operation(String path, JsonNode operation) {}

    private static List<Operation> operations(JsonNode bundle) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : bundle.path("paths").properties()) {
            path.getValue().forEach(operation -> {
                if (operation.has("operationId")) {
                    operations.add(new Operation(path.getKey(), operation));
                }
            });
        }
        return operations;
    }

    private static List<String> extensions(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().startsWith("x-")) {
                names.add(field.getKey());
            }
        }
        return names;
    }

    private static JsonNode resolve(JsonNode bundle, JsonNode node) {
        return node.has("$ref") ? bundle.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static JsonNode firstExample(JsonNode bundle, JsonNode operation) {
        JsonNode content = resolve(bundle, operation.at("/responses/200")).at("/content/application~1json");
        JsonNode example = content.has("example")
                ? content.get("example")
                : resolve(bundle, content.path("examples").elements().next()).path("value");
        assertThat(example.isMissingNode())
                .as("the 200 example of %s", operation.path("operationId"))
                .isFalse();
        return example;
    }

    /** Each field name and string value of the example as JSON shows it, quoted. */
    private static List<String> jsonTokens(JsonNode example) {
        List<String> tokens = new ArrayList<>();
        if (example.isObject()) {
            for (Map.Entry<String, JsonNode> field : example.properties()) {
                tokens.add("\"" + field.getKey() + "\"");
                tokens.addAll(jsonTokens(field.getValue()));
            }
        } else if (example.isArray()) {
            example.forEach(element -> tokens.addAll(jsonTokens(element)));
        } else if (example.isTextual()) {
            tokens.add("\"" + example.asText() + "\"");
        }
        return tokens;
    }

    private static String slug(String tag) {
        return tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The page's text as a reader sees it: no scripts or styles (the page embeds the spec), tags and entities gone. */
    private static String visibleText(String dom) {
        String text = dom.replaceAll("(?s)<script\\b.*?</script>", " ")
                .replaceAll("(?s)<style\\b.*?</style>", " ")
                .replaceAll("<[^>]*>", " ");
        text = text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ");
    }
}
