package org.imageapis.conformance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.http.Auth;
import org.imageapis.specs.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzOracleTest {

    private static final FuzzOracle ORACLE = new FuzzOracle(ConformanceValidator.forApi(Specs.Api.WORKSPACE));
    private static final String VALID = "/v1/p1/image-servers?limit=10";
    private static final String INVALID = "/v1/p1/image-servers?limit=1000";

    private static FuzzRequest request(String method, String target, Mutation mutation, Auth auth) {
        return new FuzzRequest("listImageServers", mutation, method, target, List.of(), auth);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvSource({
        "GET, VALID, 200, OK",
        "GET, VALID, 400, WARNING",
        "GET, VALID, 500, FAILURE",
        "GET, VALID, 302, FAILURE",
        "GET, INVALID, 400, OK",
        "GET, INVALID, 200, FAILURE",
        "GET, INVALID, 503, FAILURE",
        "HEAD, VALID, 200, WARNING",
        "OPTIONS, VALID, 200, WARNING",
        "DELETE, VALID, 405, OK",
        "DELETE, VALID, 200, FAILURE"
    })
    void judgesTheStatusByWhatTheSpecSaysOfTheRequest(String method, String which, int status, FuzzOracle.Kind kind) {
        FuzzRequest request = request(method, which.equals("VALID") ? VALID : INVALID, Mutation.NONE, Auth.VALID);

        assertThat(ORACLE.judge(request, status).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "REPEATED, /v1/p1/image-servers?limit=10&limit=20, WARNING",
        "ODD_STRING, /v1/p1/image-servers?limit=, WARNING",
        "BOUNDARY, /v1/p1/image-servers?limit=0, FAILURE"
    })
    void whatTheSpecsLeaveOpenIsAWarningWhenAccepted(Mutation.Kind kind, String target, FuzzOracle.Kind expected) {
        Mutation mutation = new Mutation(kind, "query", "limit", kind == Mutation.Kind.BOUNDARY ? "0" : "");

        assertThat(ORACLE.judge(request("GET", target, mutation, Auth.VALID), 200)
                        .kind())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NONE", "IN_HEADERS"})
    void aRequestWithoutValidCredentialsIsInvalidWhateverItsParameters(Auth auth) {
        FuzzOracle.Judgement accepted = ORACLE.judge(request("GET", VALID, Mutation.NONE, auth), 200);

        assertThat(accepted.kind()).isEqualTo(FuzzOracle.Kind.FAILURE);
        assertThat(accepted.reason()).contains("credentials");
        assertThat(ORACLE.judge(
                                new FuzzRequest(
                                        "listImageServers",
                                        Mutation.NONE,
                                        "GET",
                                        VALID,
                                        List.of(Map.entry("X-Auth-Token", "")),
                                        auth),
                                401)
                        .kind())
                .isEqualTo(FuzzOracle.Kind.OK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/v1/p1/image-servers?server_name=%zz", "/v1/p1/image-servers?server_name=a b"})
    void aTargetThatIsNotAnRfc3986UriIsInvalid(String target) {
        assertThat(ORACLE.isValid(request("GET", target, Mutation.NONE, Auth.VALID)))
                .isFalse();
    }
}
