package org.imageapis.conformance.tck;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.spec.HeaderSpec;
import org.imageapis.conformance.spec.ResponseSpec;

/**
 * Every response the other checks provoked carries the headers the spec documents on every response of the
 * operation, errors included ({@code X-Request-Id} in these specs), whatever its status.
 */
final class HeadersCheck implements Check.Observer {

    @Override
    public CheckName name() {
        return CheckName.HEADERS;
    }

    @Override
    public CaseResult judge(ApiUnderTest api, OperationSemantics operation, List<Exchange> exchanges) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        Set<String> everywhere =
                documentedEverywhere(operation.operation().responses().values());
        if (everywhere.isEmpty()) {
            return verdict.skipped("the spec documents no header on every response");
        }
        Map<String, SchemaCheck.Tally> missing = new LinkedHashMap<>();
        int judged = 0;
        for (Exchange exchange : exchanges) {
            if (!exchange.answered()) {
                continue;
            }
            judged++;
            for (String header : everywhere) {
                if (exchange.header(header).isEmpty()) {
                    missing.computeIfAbsent(header + " missing", h -> new SchemaCheck.Tally(exchange.describe()))
                            .count++;
                }
            }
        }
        if (judged == 0) {
            return verdict.skipped("no responses to judge");
        }
        missing.forEach((problem, tally) -> verdict.fail(tally.describe(problem)));
        return verdict.result(judged + (judged == 1 ? " response carries " : " responses carry ") + everywhere);
    }

    private static Set<String> documentedEverywhere(Iterable<ResponseSpec> responses) {
        Set<String> common = null;
        for (ResponseSpec response : responses) {
            Set<String> names = new HashSet<>();
            response.headers().stream().map(HeaderSpec::name).forEach(names::add);
            if (common == null) {
                common = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                common.addAll(names);
            } else {
                common.removeIf(name -> names.stream().noneMatch(name::equalsIgnoreCase));
            }
        }
        return common == null ? Set.of() : common;
    }
}
