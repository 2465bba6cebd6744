package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imageapis.specs.Specs.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundles the build wrote under target/openapi are complete OpenAPI 3.0.3 documents on their own. */
class BundlesParseCleanlyTest {

    private static final Path BUNDLES = Path.of(System.getProperty("bundle.dir", "target/openapi"));

    @ParameterizedTest
    @EnumSource(Api.class)
    void parsesAsOpenApi303WithoutMessages(Api api) throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(bundle(api), null, options);

        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void hasOnlyInternalReferences(Api api) throws IOException {
        JsonNode bundle = new YAMLMapper().readTree(bundle(api));

        assertThat(bundle.findValuesAsText("$ref")).allMatch(ref -> ref.startsWith("#/"));
    }

    private static String bundle(Api api) throws IOException {
        return Files.readString(BUNDLES.resolve(api.id() + ".yaml"));
    }
}
