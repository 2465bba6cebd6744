package org.imageapis.conformance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

class RequestFuzzerTest {

    private static final ConformanceValidator HSS = ConformanceValidator.forApi(Specs.Api.HSS);
    private static final OperationSpec OPERATION = HSS.spec().operations().get(0);
    private static final Map<String, String> KNOWN =
            Map.of("project_id", "p1", "image_id", "111", "image_type", "cicd", "region", "eu-de");

    private static List<FuzzRequest> generate(long seed, int count) {
        RequestFuzzer fuzzer = new RequestFuzzer(HSS.spec(), OPERATION, seed, KNOWN);
        List<FuzzRequest> requests = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> requests.add(fuzzer.next()));
        return requests;
    }

    @Test
    void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        assertThat(generate(7, 200)).isEqualTo(generate(7, 200)).isNotEqualTo(generate(8, 200));
    }

    @Test
    void aboutOneInFourIsTheUnchangedBaselineAndItIsValidWithTheKnownValues() {
        List<FuzzRequest> baselines = generate(7, 2_000).stream()
                .filter(r -> r.mutation().kind() == Mutation.Kind.NONE)
                .toList();
        FuzzOracle oracle = new FuzzOracle(HSS);

        assertThat(baselines).hasSizeBetween(400, 600);
        assertThat(baselines).allSatisfy(request -> {
            assertThat(request.target())
                    .startsWith("/v5/p1/image/111/basic-image?")
                    .contains("image_type=cicd");
            assertThat(request.headers()).contains(Map.entry("region", "eu-de"));
            assertThat(request.auth()).isEqualTo(Auth.VALID);
            assertThat(oracle.isValid(request)).as(request.toString()).isTrue();
        });
    }

    @Test
    void everyKindOfMutationComesUpAndMostAreInvalid() {
        List<FuzzRequest> requests = generate(7, 2_000);
        FuzzOracle oracle = new FuzzOracle(HSS);

        assertThat(requests).extracting(r -> r.mutation().kind()).containsAll(List.of(Mutation.Kind.values()));
        assertThat(requests)
                .filteredOn(r -> r.mutation().kind() == Mutation.Kind.NO_CREDENTIALS)
                .allSatisfy(r -> assertThat(r.auth()).isEqualTo(Auth.NONE));
        assertThat(requests)
                .filteredOn(r -> r.mutation().kind() == Mutation.Kind.BAD_CREDENTIALS)
                .allSatisfy(r -> assertThat(r.auth()).isEqualTo(Auth.IN_HEADERS))
                .allSatisfy(r -> assertThat(oracle.isValid(r)).isFalse());
        assertThat(requests)
                .filteredOn(r -> r.mutation().kind() == Mutation.Kind.UNKNOWN_ENUM
                        && r.mutation().parameter().equals("image_type"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(oracle.isValid(r)).isFalse());
    }
}
