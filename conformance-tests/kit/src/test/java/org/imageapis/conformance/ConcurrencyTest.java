package org.imageapis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

/** One validator instance serves many threads: concurrent results equal the sequential ones. */
class ConcurrencyTest {

    @Test
    void concurrentValidationsGiveTheSequentialResults() throws Exception {
        ConformanceValidator validator = ConformanceValidator.forApi(Specs.Api.WORKSPACE);
        List<RecordedResponse> responses = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String status = i % 3 == 0 ? "ACTIVE" : i % 3 == 1 ? "WRONG" : "null";
            responses.add(RecordedResponse.of(
                    OperationKey.id("listImageServers"),
                    200,
                    Fixture.json("{\"count\": " + (i % 2 == 0 ? i : "\"" + i + "\"") + ", \"items\": [{\"status\": \""
                            + status + "\", \"create_time\": \"2024-05-07T07:54:2" + (i % 10) + "Z\", \"x" + i
                            + "\": 1}]}")));
        }
        List<ValidationReport> sequential =
                responses.stream().map(validator::validateResponse).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (RecordedResponse response : responses) {
                    futures.add(pool.submit(() -> validator.validateResponse(response)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % responses.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        // The inputs differ in their violations, so equal results are not a coincidence.
        assertThat(sequential).extracting(r -> r.errors().size()).contains(0, 1, 2);
    }
}
