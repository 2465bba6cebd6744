package org.imageapis.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

    private static final String BASIC_IMAGE = "/v5/p1/image/111/basic-image";

    /** The OpenAPI version of the specs under test: the subclass for 3.1 runs every test again, expecting the same. */
    Specs.OpenApiVersion version() {
        return Specs.OpenApiVersion.V3_0;
    }

    final ConformanceValidator fixture() {
        return Fixture.validator(version());
    }

    final ConformanceValidator bundled(Specs.Api api) {
        return Fixture.bundled(api, version());
    }

    private ValidationReport hss(String query) {
        return bundled(Specs.Api.HSS)
                .validateRequest(RecordedRequest.parse("GET " + BASIC_IMAGE + "?" + query)
                        .withHeader("Region", "cn-north-4"));
    }

    @Test
    void queryValuesAreCoercedToTheirSchemaTypeBeforeValidation() {
        assertThat(hss("image_type=cicd&limit=200&offset=0").violations()).isEmpty();
        assertThat(hss("image_type=cicd&limit=5&offset=100001").violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.RANGE, "/query/limit", ">= 10", "5"),
                        Violation.error(Rule.RANGE, "/query/offset", "<= 100000", "100001"));
    }

    @Test
    void unparseableNumbersAreTypeViolations() {
        assertThat(hss("image_type=cicd&limit=ten&offset=1.5").violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.TYPE, "/query/limit", "integer", "\"ten\""),
                        Violation.error(Rule.TYPE, "/query/offset", "integer", "\"1.5\""));
    }

    @Test
    void int32RangeAppliesToParameters() {
        assertThat(bundled(Specs.Api.MODELARTS)
                        .validateRequest(RecordedRequest.parse("GET /v1/p/images/group?limit=2147483648"))
                        .violations())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactly(tuple(Rule.FORMAT, "/query/limit"));
    }

    @Test
    void enumsAndBooleansAreChecked() {
        ConformanceValidator modelarts = bundled(Specs.Api.MODELARTS);

        assertThat(hss("image_type=CICD").violations())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactly(tuple(Rule.ENUM, "/query/image_type"));
        assertThat(modelarts
                        .validateRequest(
                                RecordedRequest.parse("GET /v1/p/images/group?name_fuzzy_match=yes&sort_dir=ASC"))
                        .violations())
                .containsExactly(Violation.error(Rule.TYPE, "/query/name_fuzzy_match", "boolean", "\"yes\""));
    }

    @Test
    void missingRequiredQueryParameterAndHeaderAreReported() {
        ValidationReport report = bundled(Specs.Api.HSS).validateRequest(RecordedRequest.parse("GET " + BASIC_IMAGE));

        assertThat(report.violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.REQUIRED, "/query/image_type", "a value", "missing"),
                        Violation.error(Rule.REQUIRED, "/header/region", "a value", "missing"));
    }

    @Test
    void undeclaredQueryParametersAreWarningsUnlessStrict() {
        RecordedRequest request = RecordedRequest.parse("GET " + BASIC_IMAGE + "?image_type=cicd&page=2")
                .withHeader("region", "eu-de");

        assertThat(bundled(Specs.Api.HSS).validateRequest(request).isValid()).isTrue();
        assertThat(bundled(Specs.Api.HSS).validateRequest(request).warnings())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactly(tuple(Rule.UNKNOWN_PARAMETER, "/query/page"));
        assertThat(bundled(Specs.Api.HSS).strict().validateRequest(request).errors())
                .extracting(Violation::pointer)
                .containsExactly("/query/page");
    }

    @Test
    void repeatedScalarParameterIsATypeViolation() {
        assertThat(hss("image_type=cicd&image_type=harbor").violations())
                .extracting(Violation::rule)
                .containsExactly(Rule.TYPE);
    }

    @Test
    void arrayParametersAndPathParametersAreValidated() {
        ConformanceValidator fixture = fixture();

        assertThat(fixture.validateRequest(RecordedRequest.parse("GET /items/5?tags=a&tags=b&verbose=true"))
                        .violations())
                .isEmpty();
        assertThat(fixture.validateRequest(RecordedRequest.parse("GET /items/0?tags=a&tags=c"))
                        .violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.RANGE, "/path/item_id", ">= 1", "0"),
                        Violation.error(Rule.ENUM, "/query/tags/1", "one of [\"a\",\"b\"]", "\"c\""));
        assertThat(fixture.validateRequest(
                                RecordedRequest.parse("GET /items/abc").withHeader("X-Trace", "XYZ"))
                        .violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.TYPE, "/path/item_id", "integer", "\"abc\""),
                        Violation.error(Rule.PATTERN, "/header/X-Trace", "a match of ^[0-9a-f]+$", "\"XYZ\""));
    }

    @Test
    void fullUrlsAndTemplatePlaceholdersAreAccepted() {
        // Doc examples write the host as {endpoint} and keep {project_id}: the host is dropped, and the literal
        // placeholder is a valid value of the string path parameter.
        ValidationReport report = bundled(Specs.Api.MODELARTS)
                .validateRequest(
                        RecordedRequest.parse("GET https://{endpoint}/v1/{project_id}/images/group?name=a%2Eb"));

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void unknownPathOrMethodListsWhatExists() {
        ValidationReport unknownPath =
                bundled(Specs.Api.HSS).validateRequest(RecordedRequest.parse("GET /v5/p1/images"));
        ValidationReport wrongMethod =
                bundled(Specs.Api.HSS).validateRequest(RecordedRequest.parse("DELETE " + BASIC_IMAGE));

        assertThat(unknownPath.violations())
                .containsExactly(Violation.error(
                        Rule.UNKNOWN_OPERATION,
                        "",
                        "a path of the spec: GET /v5/{project_id}/image/{image_id}/basic-image",
                        "GET /v5/p1/images"));
        assertThat(wrongMethod.violations())
                .containsExactly(Violation.error(
                        Rule.UNKNOWN_OPERATION, "", "a method of " + BASIC_IMAGE + ": GET", "DELETE " + BASIC_IMAGE));
    }

    @Test
    void requestLinesAreParsedStrictly() {
        assertThat(RecordedRequest.parse("get /a?b=c HTTP/1.1").method()).isEqualTo("GET");
        assertThatThrownBy(() -> RecordedRequest.parse("/only/a/path"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a request line");
        assertThatThrownBy(() -> RecordedRequest.parse("GET /a b c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerValuesNeverAppearInToString() {
        RecordedRequest request = RecordedRequest.parse("GET /x").withHeader("X-Auth-Token", "secret-token");

        assertThat(request.toString()).contains("X-Auth-Token").doesNotContain("secret-token");
    }

    @Test
    void pathsAndOperationsAreFoundWhateverTheQuery() {
        assertThat(bundled(Specs.Api.HSS).hasPath(BASIC_IMAGE + "?image_type=cicd"))
                .isTrue();
        assertThat(bundled(Specs.Api.HSS).hasPath("https://{endpoint}" + BASIC_IMAGE))
                .isTrue();
        assertThat(bundled(Specs.Api.HSS).hasPath("/v5/p1/image/111")).isFalse();
        assertThat(bundled(Specs.Api.HSS).operationAt("GET", BASIC_IMAGE + "?limit=x"))
                .hasValue("listImageBasicImages");
        assertThat(bundled(Specs.Api.HSS).operationAt("get", BASIC_IMAGE)).hasValue("listImageBasicImages");
        assertThat(bundled(Specs.Api.HSS).operationAt("POST", BASIC_IMAGE)).isEmpty();
    }

    @Test
    void nullableParametersAreCoercedToTheirOneType() {
        assertThat(fixture()
                        .validateRequest(RecordedRequest.parse("GET /items/5?limit=10"))
                        .violations())
                .isEmpty();
        assertThat(fixture()
                        .validateRequest(RecordedRequest.parse("GET /items/5?limit=11&verbose=1"))
                        .violations())
                .containsExactlyInAnyOrder(
                        Violation.error(Rule.RANGE, "/query/limit", "<= 10", "11"),
                        Violation.error(Rule.TYPE, "/query/verbose", "boolean", "\"1\""));
        assertThat(fixture()
                        .validateRequest(RecordedRequest.parse("GET /items/5?limit=many"))
                        .violations())
                .containsExactly(Violation.error(Rule.TYPE, "/query/limit", "integer", "\"many\""));
    }

    @Test
    void theMostSpecificTemplateNamesTheOperation() {
        ConformanceValidator fixture = fixture();

        assertThat(fixture.operationAt("GET", "/items/latest")).hasValue("getLatestItem");
        assertThat(fixture.operationAt("GET", "/items/42")).hasValue("getItem");
    }
}
