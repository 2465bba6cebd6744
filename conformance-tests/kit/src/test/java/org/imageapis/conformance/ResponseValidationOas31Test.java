package org.imageapis.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageapis.conformance.Fixture.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every test of {@link ResponseValidationTest} on the OpenAPI 3.1 fixture and bundles: the same input, the same violations. */
class ResponseValidationOas31Test extends ResponseValidationTest {

    @Override
    Specs.OpenApiVersion version() {
        return Specs.OpenApiVersion.V3_1;
    }

    /** The schemas of a 3.1 spec are JSON Schema 2020-12, where {@code nullable} is no keyword: it lets no null in. */
    @Test
    void nullableIsNoKeywordOfOpenApi31(@TempDir Path dir) throws IOException {
        String spec = """
                openapi: %s
                info: {title: t, version: '1'}
                paths:
                  /x:
                    get:
                      operationId: getX
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: string, nullable: true}
                """;
        ConformanceValidator oas30 =
                ConformanceValidator.forFile(Files.writeString(dir.resolve("30.yaml"), spec.formatted("3.0.3")));
        ConformanceValidator oas31 =
                ConformanceValidator.forFile(Files.writeString(dir.resolve("31.yaml"), spec.formatted("3.1.0")));
        RecordedResponse nullBody = RecordedResponse.of(OperationKey.id("getX"), 200, json("null"));

        assertThat(oas30.validateResponse(nullBody).violations()).isEmpty();
        assertThat(oas31.validateResponse(nullBody).violations())
                .containsExactly(Violation.error(Rule.TYPE, "", "string", "null"));
    }
}
