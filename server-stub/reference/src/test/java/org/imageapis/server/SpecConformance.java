package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.specs.Specs;

/**
 * Holds a response of the reference server to its spec with the conformance kit's validator, in strict mode
 * (undeclared fields are errors), and to the server's own promise that every header the spec documents for the
 * status is sent.
 */
final class SpecConformance {

    private static final Map<Specs.Api, ConformanceValidator> VALIDATORS = new EnumMap<>(Specs.Api.class);

    private SpecConformance() {}

    static void assertConforms(Specs.Api api, HttpResult result) {
        ConformanceValidator validator = validator(api);
        String operationId = validator.operationIds().get(0);
        Headers headers = Headers.of(result.headers().map());
        RecordedResponse response = new RecordedResponse(
                OperationKey.id(operationId),
                result.status(),
                headers,
                result.header("Content-Type").orElse(null),
                result.body().isEmpty() ? null : result.json());

        assertThat(validator.validateResponse(response).errors())
                .as("%s %s body %s against the spec", api, result.status(), result.body())
                .isEmpty();
        assertThat(validator.documentedHeaders(operationId, result.status()).orElseThrow())
                .allSatisfy(name -> assertThat(headers.get(name))
                        .as("header %s of a %s response", name, result.status())
                        .isPresent());
    }

    private static synchronized ConformanceValidator validator(Specs.Api api) {
        return VALIDATORS.computeIfAbsent(
                api, a -> ConformanceValidator.forApi(a).strict());
    }
}
