package org.imageapis.conformance.tck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.imageapis.conformance.fuzz.FuzzOracle;
import org.imageapis.conformance.fuzz.FuzzRequest;
import org.imageapis.conformance.fuzz.RequestFuzzer;
import org.imageapis.conformance.semantics.OperationSemantics;

/**
 * Sends seeded generated requests ({@link RequestFuzzer}) and judges each answer with the {@link FuzzOracle}: no
 * 5xx, valid requests a 2xx, invalid ones a 4xx; what the specs leave open is counted as warnings.
 */
final class FuzzCheck implements Check {

    private static final int MAX_LISTED = 20;

    @Override
    public CheckName name() {
        return CheckName.FUZZ;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        RequestFuzzer fuzzer = new RequestFuzzer(
                api.validator().spec(), operation.operation(), api.settings().seed(), api.knownValues());
        FuzzOracle oracle = new FuzzOracle(api.validator());
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Warning> warnings = new LinkedHashMap<>();
        int failures = 0;
        int requests = api.settings().requestsPerOperation();
        for (int i = 0; i < requests; i++) {
            FuzzRequest generated = fuzzer.next();
            Exchange exchange = api.sender()
                    .send(
                            name(),
                            operation.operation(),
                            new TckRequest(
                                    generated.method(), generated.target(), generated.headers(), generated.auth()));
            if (!exchange.answered()) {
                failures++;
                listed(verdict, failures, "[" + generated.mutation() + "] " + exchange.describe());
                continue;
            }
            FuzzOracle.Judgement judgement = oracle.judge(generated, exchange.status());
            outcomes.merge((judgement.valid() ? "valid" : "invalid") + " -> " + exchange.status(), 1, Integer::sum);
            switch (judgement.kind()) {
                case FAILURE -> {
                    failures++;
                    listed(
                            verdict,
                            failures,
                            judgement.reason() + ": [" + generated.mutation() + "] " + exchange.describe());
                }
                case WARNING ->
                    warnings.computeIfAbsent(
                                    judgement.reason().replaceAll("\\d{3}$", "4xx"),
                                    reason -> new Warning("[" + generated.mutation() + "] " + exchange.describe()))
                            .count++;
                case OK -> {}
            }
        }
        warnings.forEach(
                (reason, warning) -> verdict.warn(warning.count + "x " + reason + ", e.g. " + warning.example));
        if (failures > MAX_LISTED) {
            verdict.fail((failures - MAX_LISTED) + " more failures not listed");
        }
        return verdict.result(requests + " requests (seed " + api.settings().seed() + "): " + outcomes);
    }

    private static void listed(Verdict verdict, int failures, String failure) {
        if (failures <= MAX_LISTED) {
            verdict.fail(failure);
        }
    }

    /** How often a warning came up, and one request that raised it. */
    private static final class Warning {
        final String example;
        int count;

        Warning(String example) {
            this.example = example;
        }
    }
}
