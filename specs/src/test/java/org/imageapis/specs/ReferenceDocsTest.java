package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.specs.Specs.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference docs the build rendered under target/docs (reference-docs/render.mjs): a page per bundle that loads
 * nothing from elsewhere, and an index that explains every vendor extension the bundles use. How the pages render
 * in a browser is tested against the reference server ({@code ReferencePagesInChromiumTest}).
 */
class ReferenceDocsTest {

    private static final Path BUNDLES = Path.of(System.getProperty("bundle.dir", "target/openapi"));
    private static final Path DOCS = Path.of(System.getProperty("docs.dir", "target/docs"));

    /** An element that makes the browser fetch what its src or href names: anything but a link to follow. */
    private static final Pattern FETCHING_ATTRIBUTE = Pattern.compile(
            "<(?!a\\s)(\\w+)\\s[^>]*?\\b(?:src|href)=\"([a-z][a-z0-9+.-]*:)?//", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @EnumSource(Api.class)
    void eachApiHasAPageThatFetchesNothingFromElsewhere(Api api) throws IOException {
        String page = Files.readString(DOCS.resolve(api.id() + ".html"));

        assertThat(page).contains("<title>" + title(api) + "</title>");
        assertThat(FETCHING_ATTRIBUTE.matcher(page).results().map(MatchResult::group))
                .as("elements of %s.html that load from another host", api.id())
                .isEmpty();
        assertThat(page)
                .as("the page's policy stops any fetch from another host")
                .contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void theIndexLinksEveryApiPage() throws IOException {
        String index = Files.readString(DOCS.resolve("index.html"));

        for (Api api : Api.values()) {
            assertThat(index).contains("<a href=\"" + api.id() + ".html\">" + title(api) + "</a>");
        }
    }

    /** A new extension in a spec fails here until reference-docs/extensions.yaml explains it. */
    @Test
    void theIndexExplainsEveryVendorExtensionOfTheBundles() throws IOException {
        String index = Files.readString(DOCS.resolve("index.html"));
        Set<String> extensions = new TreeSet<>();
        for (Api api : Api.values()) {
            collectExtensions(
                    new YAMLMapper()
                            .readTree(BUNDLES.resolve(api.id() + ".yaml").toFile()),
                    extensions);
        }

        assertThat(extensions).contains("x-sources", "x-paging", "x-filter");
        for (String extension : extensions) {
            Matcher row = Pattern.compile(
                            "<tr id=\"" + extension + "\">.*?<td>([^<]*)</td><td>([^<]*)</td></tr>", Pattern.DOTALL)
                    .matcher(index);
            assertThat(row.find())
                    .as("index.html explains %s (add it to specs/reference-docs/extensions.yaml)", extension)
                    .isTrue();
            assertThat(row.group(2)).as("the explanation of %s", extension).isNotBlank();
        }
    }

    /** The keys starting with {@code x-}, except names of properties and anything inside examples. */
    private static void collectExtensions(JsonNode node, Set<String> extensions) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                if (key.startsWith("x-")) {
                    extensions.add(key);
                } else if (key.equals("properties")) {
                    field.getValue().forEach(property -> collectExtensions(property, extensions));
                } else if (!key.equals("example") && !key.equals("examples")) {
                    collectExtensions(field.getValue(), extensions);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectExtensions(element, extensions));
        }
    }

    private static String title(Api api) throws IOException {
        return new YAMLMapper()
                .readTree(BUNDLES.resolve(api.id() + ".yaml").toFile())
                .at("/info/title")
                .asText();
    }
}
