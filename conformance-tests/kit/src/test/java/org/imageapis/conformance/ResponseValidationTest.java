package org.imageapis.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.imageapis.conformance.Fixture.json;

import java.nio.file.Path;
import java.util.List;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

class ResponseValidationTest {

    private static final OperationKey GET_ITEM = OperationKey.id("getItem");
    private static final String ITEM = "{\"id\": 1, \"name\": \"one\"}";

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

    private ValidationReport item(String body) {
        return fixture()
                .validateResponse(RecordedResponse.of(GET_ITEM, 200, json(body)).withHeader("X-Rate-Limit", "10"));
    }

    @Test
    void validItemHasNoViolations() {
        assertThat(item(ITEM).violations()).isEmpty();
        assertThat(item(ITEM).isValid()).isTrue();
    }

    @Test
    void violationNamesPointerRuleExpectedAndActual() {
        assertThat(item("{\"id\": \"1\", \"name\": \"one\"}").violations())
                .containsExactly(Violation.error(Rule.TYPE, "/id", "integer", "\"1\""));
    }

    @Test
    void requiredPropertiesAreEnforced() {
        assertThat(item("{\"id\": 1}").violations())
                .containsExactly(Violation.error(Rule.REQUIRED, "/name", "property name", "missing"));
    }

    @Test
    void nullIsAllowedOnlyWhereNullable() {
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"note\": null}").violations())
                .isEmpty();
        assertThat(item("{\"id\": 1, \"name\": null}").violations())
                .containsExactly(Violation.error(Rule.TYPE, "/name", "string", "null"));
    }

    @Test
    void wrongTypeWhereNullIsAllowedSaysSo() {
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"note\": 5}").violations())
                .containsExactly(Violation.error(Rule.TYPE, "/note", "string or null", "5"));
    }

    @Test
    void nullableEnumAllowsItsValuesAndNull() {
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"state\": null}").violations())
                .isEmpty();
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"state\": \"shut\"}").violations())
                .isEmpty();
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"state\": \"ajar\"}").violations())
                .containsExactly(Violation.error(Rule.ENUM, "/state", "one of [\"open\",\"shut\",null]", "\"ajar\""));
    }

    @Test
    void exclusiveBoundExcludesTheBound() {
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"ratio\": 0.001}").violations())
                .isEmpty();
        assertThat(item("{\"id\": 1, \"name\": \"one\", \"ratio\": 0}").violations())
                .containsExactly(Violation.error(Rule.RANGE, "/ratio", "> 0", "0"));
    }

    @Test
    void int32AndInt64RangesAreChecked() {
        assertThat(item("{\"id\": 9223372036854775807, \"name\": \"n\", \"count\": 2147483647}")
                        .violations())
                .isEmpty();
        assertThat(item("{\"id\": 9223372036854775808, \"name\": \"n\", \"count\": 2147483648}")
                        .violations())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactlyInAnyOrder(tuple(Rule.FORMAT, "/id"), tuple(Rule.FORMAT, "/count"));
    }

    @Test
    void lengthAndClosedObjectsAreChecked() {
        assertThat(item("{\"id\": 1, \"name\": \"\", \"closed\": {\"a\": \"x\", \"b\": 1}}")
                        .violations())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactlyInAnyOrder(tuple(Rule.LENGTH, "/name"), tuple(Rule.UNKNOWN_FIELD, "/closed/b"));
    }

    @Test
    void undeclaredFieldsAreWarningsUnlessStrict() {
        String drifted = "{\"id\": 1, \"name\": \"n\", \"added\": true, \"part\": {\"base\": \"b\", \"extra\": \"e\","
                + " \"more\": 1}, \"attributes\": {\"free\": {\"value\": \"v\", \"odd\": 2}},"
                + " \"owner\": {\"base\": \"b\", \"new\": 3}}";
        ValidationReport lenient = item(drifted);
        ValidationReport strict = fixture()
                .strict()
                .validateResponse(
                        RecordedResponse.of(GET_ITEM, 200, json(drifted)).withHeader("X-Rate-Limit", "1"));

        // allOf parts are merged; additionalProperties schemas are followed, so "free" is declared but "odd" is not;
        // a nullable reference (3.1: anyOf the reference and null) is followed.
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.warnings())
                .extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/added", "/part/more", "/attributes/free/odd", "/owner/new");
        assertThat(lenient.warnings()).allMatch(v -> v.rule() == Rule.UNKNOWN_FIELD);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.errors())
                .extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/added", "/part/more", "/attributes/free/odd", "/owner/new");
    }

    @Test
    void documentedHeadersAreValidatedAndRequiredOnesMustBePresent() {
        ValidationReport missing = fixture().validateResponse(RecordedResponse.of(GET_ITEM, 200, json(ITEM)));
        ValidationReport wrong = fixture()
                .validateResponse(RecordedResponse.of(GET_ITEM, 200, json(ITEM)).withHeader("x-rate-limit", "lots"));

        assertThat(missing.violations())
                .containsExactly(Violation.error(Rule.REQUIRED, "/header/X-Rate-Limit", "a value", "missing"));
        assertThat(wrong.violations())
                .containsExactly(Violation.error(Rule.TYPE, "/header/X-Rate-Limit", "integer", "\"lots\""));
    }

    @Test
    void swrContentRangeHeaderMustMatchItsPattern() {
        ConformanceValidator swr = bundled(Specs.Api.SWR);
        OperationKey list = OperationKey.id("listSharedRepositories");

        assertThat(swr.validateResponse(
                                RecordedResponse.of(list, 200, json("[]")).withHeader("Content-Range", "0-0/0"))
                        .violations())
                .isEmpty();
        assertThat(swr.validateResponse(
                                RecordedResponse.of(list, 200, json("[]")).withHeader("Content-Range", "items 0-0"))
                        .violations())
                .extracting(Violation::rule, Violation::pointer)
                .containsExactly(tuple(Rule.PATTERN, "/header/Content-Range"));
    }

    @Test
    void undocumentedStatusIsAViolationListingTheDocumentedOnes() {
        ValidationReport report = fixture().validateResponse(RecordedResponse.of(GET_ITEM, 500, json(ITEM)));

        assertThat(report.violations())
                .containsExactly(
                        Violation.error(Rule.UNKNOWN_STATUS, "", "a status getItem documents: 200, 204, 4XX", "500"));
    }

    @Test
    void statusRangesAndDefaultCoverUndocumentedCodes() {
        ValidationReport problem = fixture()
                .validateResponse(RecordedResponse.of(GET_ITEM, 404, json("{\"title\": \"gone\", \"status\": \"404\"}"))
                        .withContentType("application/problem+json"));
        ValidationReport swrTeapot = bundled(Specs.Api.SWR)
                .validateResponse(RecordedResponse.of(
                        OperationKey.id("listSharedRepositories"), 418, json("{\"error_code\": 1}")));

        // 404 falls under 4XX, whose schema comes from the other file; 418 under SWR's default (ErrorResponse).
        assertThat(problem.violations()).containsExactly(Violation.error(Rule.TYPE, "/status", "integer", "\"404\""));
        assertThat(swrTeapot.violations()).containsExactly(Violation.error(Rule.TYPE, "/error_code", "string", "1"));
    }

    @Test
    void defaultStandsInForErrorsOnlySoAnUnlistedSuccessIsReported() {
        ConformanceValidator swr = bundled(Specs.Api.SWR);
        OperationKey list = OperationKey.id("listSharedRepositories");

        assertThat(swr.validateResponse(RecordedResponse.of(list, 204, json("[]")))
                        .violations())
                .extracting(Violation::rule)
                .containsExactly(Rule.UNKNOWN_STATUS);
        assertThat(swr.validateResponse(RecordedResponse.of(
                                list, 429, json("{\"error_code\": \"SWR.0429\", \"error_msg\": \"slow down\"}")))
                        .violations())
                .isEmpty();
    }

    @Test
    void mediaTypeMustBeDocumented() {
        ValidationReport wrongType = fixture()
                .validateResponse(RecordedResponse.of(GET_ITEM, 200, json(ITEM))
                        .withHeader("X-Rate-Limit", "1")
                        .withContentType("text/html; charset=utf-8"));
        ValidationReport bodyWhereNone = fixture().validateResponse(RecordedResponse.of(GET_ITEM, 204, json(ITEM)));
        ValidationReport withParameters = fixture()
                .validateResponse(RecordedResponse.of(GET_ITEM, 200, json(ITEM))
                        .withHeader("X-Rate-Limit", "1")
                        .withContentType("Application/JSON; charset=utf-8"));

        assertThat(wrongType.violations())
                .containsExactly(
                        Violation.error(Rule.MEDIA_TYPE, "", "one of [application/json]", "text/html; charset=utf-8"));
        assertThat(bodyWhereNone.violations()).extracting(Violation::rule).containsExactly(Rule.MEDIA_TYPE);
        assertThat(withParameters.violations()).isEmpty();
    }

    @Test
    void unknownOperationIsAViolationListingTheKnownOnes() {
        ValidationReport report =
                fixture().validateResponse(RecordedResponse.of(OperationKey.id("listItems"), 200, json(ITEM)));

        assertThat(report.violations())
                .containsExactly(Violation.error(
                        Rule.UNKNOWN_OPERATION, "", "an operationId of the spec: getItem, getLatestItem", "listItems"));
    }

    @Test
    void operationsAreFoundByMethodAndTemplateOrConcretePath() {
        ConformanceValidator hss = bundled(Specs.Api.HSS);
        String body = "{\"total_num\": -1}";

        for (String path : new String[] {
            "/v5/{project_id}/image/{image_id}/basic-image",
            "/v5/p1/image/111/basic-image",
            "https://hss.example.com/v5/p1/image/111/basic-image?x=1"
        }) {
            assertThat(hss.validateResponse(RecordedResponse.of(OperationKey.route("get", path), 200, json(body)))
                            .violations())
                    .as(path)
                    .extracting(Violation::rule)
                    .containsExactly(Rule.RANGE);
        }
        assertThat(hss.validateResponse(RecordedResponse.of(
                                OperationKey.route("POST", "/v5/p1/image/111/basic-image"), 200, json(body)))
                        .violations())
                .extracting(Violation::rule)
                .containsExactly(Rule.UNKNOWN_OPERATION);
    }

    @Test
    void literalPathIsPreferredOverATemplateThatAlsoMatches() {
        ValidationReport latest = fixture()
                .validateResponse(RecordedResponse.of(OperationKey.route("GET", "/items/latest"), 200, json(ITEM)));

        // getItem would demand the X-Rate-Limit header; getLatestItem documents none.
        assertThat(latest.violations()).isEmpty();
    }

    @Test
    void specThatCannotBeReadOrParsedFailsWithItsName() {
        assertThatThrownBy(() -> ConformanceValidator.forFile(Path.of("no/such/spec.yaml")))
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("no/such/spec.yaml");
        assertThatThrownBy(() -> ConformanceValidator.forUrl(getClass().getResource("/fixture/not-a-spec.yaml")))
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("not-a-spec.yaml");
    }

    @Test
    void documentedStatusesAndOperationIdsAreListed() {
        assertThat(fixture().operationIds()).containsExactly("getItem", "getLatestItem");
        assertThat(fixture().documentedStatuses("getItem")).hasValue(List.of("200", "204", "4XX"));
        assertThat(fixture().documentedStatuses("nope")).isEmpty();
    }
}
