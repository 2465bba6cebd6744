package org.imageapis.conformance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Fixture;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The doc pages' example bodies and requests conform to the specs; {@link DocExamplesOas31Test} checks them all
 * against the OpenAPI 3.1 variants of the bundles too.
 */
class DocExamplesTest {

    /** The OpenAPI version of the bundles the examples are checked against. */
    Specs.OpenApiVersion version() {
        return Specs.OpenApiVersion.V3_0;
    }

    final ConformanceValidator validator(Specs.Api api) {
        return Fixture.bundled(api, version());
    }

    static Stream<DocExamples.Body> bodies() {
        return DocExamples.bodies().stream();
    }

    static Stream<DocExamples.Request> requests() {
        return DocExamples.requests().stream();
    }

    static Stream<DocExamples.Request> hssRequests() {
        return requests().filter(request -> request.api() == Specs.Api.HSS);
    }

    @Test
    void everyApiHasExampleBodiesAndTheFourDocRequestsAreFound() {
        assertThat(DocExamples.bodies()).extracting(DocExamples.Body::api).containsAll(List.of(Specs.Api.values()));
        assertThat(DocExamples.requests())
                .extracting(DocExamples.Request::api)
                .containsExactlyInAnyOrder(Specs.Api.MODELARTS, Specs.Api.WORKSPACE, Specs.Api.HSS, Specs.Api.HSS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void exampleBodyConformsToItsOperationAndStatus(DocExamples.Body example) {
        ValidationReport report = validator(example.api())
                .strict()
                .validateResponse(
                        RecordedResponse.of(OperationKey.id(example.operationId()), example.status(), example.json()));

        // Strict: the examples use no field the spec does not declare either.
        assertThat(report.violations()).isEmpty();
    }

    /** The bundles inline every example, error examples included; each conforms to the response it sits in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleExamples")
    void everyExampleInlinedInTheBundleConforms(
            String name, Specs.Api api, String operationId, int status, JsonNode body) {
        ValidationReport report = validator(api)
                .strict()
                .validateResponse(RecordedResponse.of(OperationKey.id(operationId), status, body));

        assertThat(report.violations()).as(name).isEmpty();
    }

    static Stream<Object[]> bundleExamples() throws IOException {
        List<Object[]> examples = new ArrayList<>();
        for (Specs.Api api : Specs.Api.values()) {
            JsonNode root = new YAMLMapper().readTree(Specs.bundle(api).openStream());
            root.path("paths")
                    .forEach(item -> item.properties().forEach(method -> {
                        String operationId =
                                method.getValue().path("operationId").asText();
                        method.getValue().path("responses").properties().forEach(response -> {
                            JsonNode resolved = response.getValue().has("$ref")
                                    ? root.at(response.getValue()
                                            .get("$ref")
                                            .asText()
                                            .substring(1))
                                    : response.getValue();
                            // default stands for any undocumented status; 599 is one no operation documents.
                            int status =
                                    response.getKey().equals("default") ? 599 : Integer.parseInt(response.getKey());
                            resolved.path("content")
                                    .forEach(media -> media.path("examples")
                                            .properties()
                                            .forEach(example -> examples.add(new Object[] {
                                                api.id() + " " + operationId + " " + response.getKey() + " "
                                                        + example.getKey(),
                                                api,
                                                operationId,
                                                status,
                                                example.getValue().get("value")
                                            })));
                        });
                    }));
        }
        assertThat(examples).hasSizeGreaterThan(DocExamples.bodies().size());
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void exampleRequestConforms(DocExamples.Request example) {
        RecordedRequest request = RecordedRequest.parse(example.line());
        if (example.api() == Specs.Api.HSS) {
            // HSS requires a region header; the page's example requests show only the request line, so the
            // header a real client sends is supplied here.
            request = request.withHeader("region", "cn-north-4");
        }

        ValidationReport report = validator(example.api()).strict().validateRequest(request);

        assertThat(report.violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hssRequests")
    void hssExampleRequestWithoutTheRegionHeaderMissesExactlyThatHeader(DocExamples.Request example) {
        ValidationReport report = validator(example.api()).validateRequest(RecordedRequest.parse(example.line()));

        assertThat(report.violations())
                .containsExactly(Violation.error(Rule.REQUIRED, "/header/region", "a value", "missing"));
    }
}
