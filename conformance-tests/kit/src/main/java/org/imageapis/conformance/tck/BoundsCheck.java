package org.imageapis.conformance.tck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SchemaFacts;

/**
 * Sends the baseline request with one query or header parameter made invalid by its schema: past its minimum or
 * maximum or its format's range, of the wrong type, an unknown enum value, against its pattern, over its length,
 * or a required one left out. Each must get a 4xx with an {@code ErrorResponse} body, never a 2xx or a 5xx. Every
 * case is confirmed invalid by the validator before it is sent, so the check never asks for more than the spec says.
 */
final class BoundsCheck implements Check {

    private static final BigDecimal INT32_MAX_PLUS_ONE =
            BigDecimal.valueOf(Integer.MAX_VALUE).add(BigDecimal.ONE);
    private static final BigDecimal INT64_MAX_PLUS_ONE =
            BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);
    /** Strings that break many patterns: punctuation, a space, a non-ASCII letter, upper case. */
    private static final List<String> PATTERN_BREAKERS = List.of("!", "a b", "Ω", "UPPER", "-", "..", "0");

    /** One invalid request: what was changed, and the request. */
    private record Case(String label, TckRequest request) {}

    @Override
    public CheckName name() {
        return CheckName.BOUNDS;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        List<Case> cases = cases(api, operation.operation());
        if (cases.isEmpty()) {
            return verdict.skipped("no parameter has a documented bound to break");
        }
        for (Case invalid : cases) {
            Exchange exchange = api.sender().send(name(), operation.operation(), invalid.request());
            int status = exchange.status();
            if (status / 100 != 4) {
                verdict.fail(invalid.label() + ": expected a 4xx, got " + exchange.describe());
            } else if (!exchange.hasErrorBody()) {
                verdict.fail(
                        invalid.label() + ": a " + status + " without an ErrorResponse body: " + exchange.describe());
            } else {
                verdict.note(invalid.label() + " -> " + status);
            }
        }
        return verdict.result(cases.size() + " invalid values refused with a 4xx ErrorResponse");
    }

    private static List<Case> cases(ApiUnderTest api, OperationSpec operation) {
        List<Case> cases = new ArrayList<>();
        for (ParameterSpec parameter : operation.parameters()) {
            if (!parameter.in().equals("query") && !parameter.in().equals("header")) {
                continue;
            }
            if (parameter.required()) {
                cases.add(new Case(
                        "without the required " + parameter.in() + " " + parameter.name(),
                        without(api, operation, parameter)));
            }
            for (String value : invalidValues(api.facts(parameter))) {
                cases.add(new Case(
                        parameter.name() + "=" + PagingCheck.abbreviate(value),
                        with(api, operation, parameter, value)));
            }
        }
        return cases.stream().filter(c -> !api.allows(c.request())).toList();
    }

    /** Values the schema forbids: one per bound it documents. */
    static List<String> invalidValues(SchemaFacts facts) {
        List<String> values = new ArrayList<>();
        if (facts.isNumeric()) {
            facts.minimum()
                    .ifPresent(min -> values.add(min.subtract(BigDecimal.ONE).toPlainString()));
            facts.maximum()
                    .ifPresentOrElse(max -> values.add(max.add(BigDecimal.ONE).toPlainString()), () -> {
                        if (facts.format().filter("int32"::equals).isPresent()) {
                            values.add(INT32_MAX_PLUS_ONE.toPlainString());
                        } else if (facts.format().filter("int64"::equals).isPresent()) {
                            values.add(INT64_MAX_PLUS_ONE.toPlainString());
                        }
                    });
            values.add("abc");
        } else if (facts.type().equals("boolean")) {
            values.add("maybe");
        }
        if (!facts.enumValues().isEmpty()) {
            values.add("not_" + facts.enumValues().get(0));
        } else if (facts.type().equals("string")) {
            facts.pattern()
                    .map(Pattern::compile)
                    .flatMap(pattern -> PATTERN_BREAKERS.stream()
                            .filter(candidate -> !pattern.matcher(candidate).find())
                            .findFirst())
                    .ifPresent(values::add);
            facts.maxLength().ifPresent(max -> values.add(fitting(facts, max + 1)));
            facts.minLength().filter(min -> min > 1).ifPresent(min -> values.add(fitting(facts, min - 1)));
        }
        return values;
    }

    /** A string of this length that fits the pattern where a repeated letter or digit can. */
    private static String fitting(SchemaFacts facts, int length) {
        for (String unit : List.of("a", "0", "x")) {
            String candidate = unit.repeat(length);
            if (facts.pattern()
                    .map(p -> Pattern.compile(p).matcher(candidate).find())
                    .orElse(true)) {
                return candidate;
            }
        }
        return "a".repeat(length);
    }

    private static TckRequest with(ApiUnderTest api, OperationSpec operation, ParameterSpec parameter, String value) {
        return api.baselineWith(operation, parameter, value).build();
    }

    private static TckRequest without(ApiUnderTest api, OperationSpec operation, ParameterSpec parameter) {
        return api.baselineWith(operation, parameter, null).build();
    }
}
