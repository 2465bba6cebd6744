package org.imageapis.specs.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per conversion rule: a 3.0 fragment before, its 3.1 form after. */
class Oas31ConverterTest {

    @Test
    void declaresVersion310AndTheBaseDialectRightAfterInfo() {
        ObjectNode converted = Oas31Converter.convert(yaml("""
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths: {}
                """));

        assertThat(converted.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(names(converted)).containsExactly("openapi", "info", "jsonSchemaDialect", "paths");
        assertThat(converted.get("jsonSchemaDialect").asText())
                .isEqualTo("https://spec.openapis.org/oas/3.1/dialect/base");
    }

    @Test
    void leavesItsInputUnchanged() {
        JsonNode before = document("Thing: {type: string, nullable: true, example: x}");
        JsonNode copy = before.deepCopy();

        Oas31Converter.convert(before);

        assertThat(before).isEqualTo(copy);
    }

    @Test
    void refusesADocumentThatIsNotOpenApi30() {
        assertThatThrownBy(() -> Oas31Converter.convert(yaml("openapi: 3.1.0\ninfo: {title: t, version: '1'}")))
                .isInstanceOf(BundleException.class)
                .hasMessage("cannot derive OpenAPI 3.1 from a document with openapi '3.1.0': expected 3.0.x");
    }

    @Test
    void nullableTypeBecomesATypeArray() {
        assertConverts(
                "Note: {type: string, nullable: true, maxLength: 3}", "Note: {type: [string, 'null'], maxLength: 3}");
    }

    @Test
    void nullableEnumAlsoListsNull() {
        assertConverts(
                "Color: {type: string, enum: [red, blue], nullable: true}",
                "Color: {type: [string, 'null'], enum: [red, blue, null]}");
    }

    @Test
    void nullableFalseIsDropped() {
        assertConverts("Count: {type: integer, nullable: false}", "Count: {type: integer}");
    }

    @Test
    void xNullableLeftoverIsReadAsNullable() {
        assertConverts("Count: {type: integer, x-nullable: true}", "Count: {type: [integer, 'null']}");
    }

    @Test
    void nullableReferenceBecomesAnyOfWithNullKeepingItsAnnotationsOutside() {
        assertConverts("""
                Owner: {type: object}
                Pet:
                  type: object
                  properties:
                    owner: {$ref: '#/components/schemas/Owner', nullable: true, description: The owner, x-sources: [sdk]}
                """, """
                Owner: {type: object}
                Pet:
                  type: object
                  properties:
                    owner:
                      anyOf: [{$ref: '#/components/schemas/Owner'}, {type: 'null'}]
                      description: The owner
                      x-sources: [sdk]
                """);
    }

    @Test
    void nullableAllOfBecomesAnyOfWithNull() {
        assertConverts(
                "Part: {allOf: [{$ref: '#/components/schemas/Base'}, {properties: {a: {type: string}}}], nullable: true}",
                "Part: {anyOf: [{allOf: [{$ref: '#/components/schemas/Base'}, {properties: {a: {type: string}}}]},"
                        + " {type: 'null'}]}");
    }

    @Test
    void nullableOneOfGainsANullBranch() {
        assertConverts(
                "Id: {oneOf: [{type: string}, {type: integer}], nullable: true}",
                "Id: {oneOf: [{type: string}, {type: integer}, {type: 'null'}]}");
    }

    @Test
    void nullableWithoutTypeOrCompositionOnlyLosesTheKeyword() {
        assertConverts("Anything: {description: any value, nullable: true}", "Anything: {description: any value}");
    }

    @Test
    void schemaExampleBecomesExamples() {
        assertConverts("Name: {type: string, example: busybox}", "Name: {type: string, examples: [busybox]}");
    }

    @Test
    void exclusiveBoundsBecomeNumbers() {
        assertConverts(
                "Ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false}",
                "Ratio: {type: number, exclusiveMinimum: 0, maximum: 1}");
    }

    @Test
    void convertsSchemasNestedInPropertiesItemsAdditionalPropertiesAndCompositions() {
        assertConverts("""
                Page:
                  type: object
                  properties:
                    items: {type: array, items: {type: string, nullable: true}}
                    labels: {type: object, additionalProperties: {type: string, example: x}}
                    either: {oneOf: [{type: integer, nullable: true}], not: {type: string, nullable: true}}
                """, """
                Page:
                  type: object
                  properties:
                    items: {type: array, items: {type: [string, 'null']}}
                    labels: {type: object, additionalProperties: {type: string, examples: [x]}}
                    either: {oneOf: [{type: [integer, 'null']}], not: {type: [string, 'null']}}
                """);
    }

    @Test
    void propertiesNamedLikeKeywordsAreNotKeywords() {
        assertConverts(
                "Doc: {type: object, properties: {example: {type: string}, nullable: {type: boolean}}}",
                "Doc: {type: object, properties: {example: {type: string}, nullable: {type: boolean}}}");
    }

    /** Media types and parameters have an {@code example} of their own: it is not a schema's, and stays. */
    @Test
    void convertsTheSchemasOfParametersHeadersAndBodiesButNotTheirExamples() {
        JsonNode converted = Oas31Converter.convert(yaml("""
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /things:
                    parameters:
                      - {name: a, in: query, example: 1, schema: {type: integer, nullable: true, example: 2}}
                    get:
                      parameters:
                        - {$ref: '#/components/parameters/B'}
                        - {name: c, in: query, content: {application/json: {schema: {type: string, example: c}}}}
                      responses:
                        '200':
                          description: ok
                          headers:
                            X-Total: {schema: {type: integer, example: 3}}
                          content:
                            application/json:
                              schema: {type: object, example: {a: 1}}
                              example: {a: 1}
                components:
                  parameters:
                    B: {name: b, in: query, schema: {type: integer, example: 4}}
                  responses:
                    Error:
                      description: error
                      content: {application/json: {schema: {type: object, nullable: true}}}
                  headers:
                    X-Id: {schema: {type: string, example: id}}
                  requestBodies:
                    Body: {content: {application/json: {schema: {type: string, example: body}}}}
                """));

        assertThat(converted.at("/paths/~1things/parameters/0"))
                .isEqualTo(yaml("{name: a, in: query, example: 1, schema: {type: [integer, 'null'], examples: [2]}}"));
        JsonNode get = converted.at("/paths/~1things/get");
        assertThat(get.at("/parameters/1/content/application~1json/schema"))
                .isEqualTo(yaml("{type: string, examples: [c]}"));
        assertThat(get.at("/responses/200/headers/X-Total/schema")).isEqualTo(yaml("{type: integer, examples: [3]}"));
        assertThat(get.at("/responses/200/content/application~1json"))
                .isEqualTo(yaml("{schema: {type: object, examples: [{a: 1}]}, example: {a: 1}}"));
        JsonNode components = converted.get("components");
        assertThat(components.at("/parameters/B/schema")).isEqualTo(yaml("{type: integer, examples: [4]}"));
        assertThat(components.at("/responses/Error/content/application~1json/schema"))
                .isEqualTo(yaml("{type: [object, 'null']}"));
        assertThat(components.at("/headers/X-Id/schema")).isEqualTo(yaml("{type: string, examples: [id]}"));
        assertThat(components.at("/requestBodies/Body/content/application~1json/schema"))
                .isEqualTo(yaml("{type: string, examples: [body]}"));
    }

    @Test
    void refusesFormatsWhose31FormDependsOnWhereTheSchemaIsUsed() {
        assertThatThrownBy(() -> Oas31Converter.convert(document("Blob: {type: string, format: binary}")))
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("format: binary has no automatic OpenAPI 3.1 form");
        assertThatThrownBy(() -> Oas31Converter.convert(document("Blob: {type: string, format: byte}")))
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("format: byte has no automatic OpenAPI 3.1 form");
    }

    private static void assertConverts(String schemas30, String schemas31) {
        JsonNode converted = Oas31Converter.convert(document(schemas30));

        assertThat(converted.at("/components/schemas")).isEqualTo(yaml(schemas31));
    }

    private static JsonNode document(String schemas) {
        ObjectNode document = (ObjectNode) yaml("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}");
        document.putObject("components").set("schemas", yaml(schemas));
        return document;
    }

    private static JsonNode yaml(String text) {
        try {
            return Yaml.YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
