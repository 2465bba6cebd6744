package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imageapis.specs.Specs.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundles the build wrote under target/openapi are complete OpenAPI 3.0.3 documents on their own, and so are
 * their OpenAPI 3.1.0 variants under target/openapi/3.1.
 */
class BundlesParseCleanlyTest {

    private static final Path BUNDLES = Path.of(System.getProperty("bundle.dir", "target/openapi"));

    @ParameterizedTest
    @EnumSource(Api.class)
    void parsesAsOpenApi303WithoutMessages(Api api) throws IOException {
        SwaggerParseResult result = parse(bundle(api));

        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void openApi31VariantParsesAsOpenApi310WithoutMessages(Api api) throws IOException {
        SwaggerParseResult result = parse(bundle31(api));

        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void hasOnlyInternalReferences(Api api) throws IOException {
        for (String bundle : List.of(bundle(api), bundle31(api))) {
            assertThat(new YAMLMapper().readTree(bundle).findValuesAsText("$ref"))
                    .allMatch(ref -> ref.startsWith("#/"));
        }
    }

    private static SwaggerParseResult parse(String bundle) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(bundle, null, options);
    }

    private static String bundle(Api api) throws IOException {
        return Files.readString(BUNDLES.resolve(api.id() + ".yaml"));
    }

    private static String bundle31(Api api) throws IOException {
        return Files.readString(BUNDLES.resolve("3.1").resolve(api.id() + ".yaml"));
    }
}
