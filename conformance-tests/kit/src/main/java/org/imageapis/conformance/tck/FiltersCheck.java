package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.imageapis.conformance.RequestTarget;
import org.imageapis.conformance.semantics.ExampleRequest;
import org.imageapis.conformance.semantics.Filter;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.Paging;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.SchemaFacts;

/**
 * Holds every {@code x-filter} parameter to its meaning, with values taken from the server's own records so that
 * any dataset works: each record a field filter returns matches it (exactly, or as a substring), the record the
 * value came from is among them, and the total does not grow; a filter on a field the records lack only narrows
 * (its records are some of the unfiltered ones); a combined filter gives what the separate parameters give.
 * Text is compared ignoring case, as a database collation may.
 */
final class FiltersCheck implements Check {

    @Override
    public CheckName name() {
        return CheckName.FILTERS;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        if (operation.filters().isEmpty()) {
            return verdict.skipped("the operation has no filter parameters (x-filter)");
        }
        if (operation.paging().isEmpty()) {
            return verdict.skipped("x-filter needs x-paging to find the records");
        }
        Records.Collected all = Records.collect(api, operation, name(), Map.of());
        if (all.failed()) {
            verdict.fail("the unfiltered query: " + all.failure().describe());
            return verdict.result("");
        }
        if (all.records().isEmpty()) {
            return verdict.skipped("the server has no records to filter" + Hints.forEmpty(api));
        }
        Run run = new Run(api, operation, all, verdict);
        operation.filters().stream()
                .filter(f -> f.match() == Filter.Match.EXACT || f.match() == Filter.Match.PARTIAL)
                .forEach(run::fieldFilter);
        operation.filters().stream()
                .filter(f -> f.match() == Filter.Match.SUBSET)
                .forEach(run::subsetFilter);
        operation.filters().stream()
                .filter(f -> f.match() == Filter.Match.COMBINED)
                .forEach(run::combinedFilter);
        if (run.checked == 0 && !verdict.failed()) {
            return verdict.skipped("no record carries a value to filter on");
        }
        return verdict.result(run.checked + " filter value(s) checked against "
                + all.records().size() + " records");
    }

    /** One run over one operation: the unfiltered records and the values used so far. */
    private static final class Run {
        private final ApiUnderTest api;
        private final OperationSemantics operation;
        private final Paging paging;
        private final Records.Collected all;
        private final Set<String> allIdentities = new HashSet<>();
        private final Verdict verdict;
        private final Map<String, String> used = new LinkedHashMap<>();
        private int checked;

        Run(ApiUnderTest api, OperationSemantics operation, Records.Collected all, Verdict verdict) {
            this.api = api;
            this.operation = operation;
            this.paging = operation.paging().orElseThrow();
            this.all = all;
            this.verdict = verdict;
            all.records().forEach(record -> allIdentities.add(Records.identity(paging, record)));
        }

        /** A filter on a record field: a value from the middle record, or a middle part of it for a partial one. */
        void fieldFilter(Filter filter) {
            String pointer = filter.field().orElseThrow();
            List<JsonNode> carriers = all.records().stream()
                    .filter(r -> !text(r.at(pointer)).isEmpty())
                    .toList();
            if (carriers.isEmpty()) {
                verdict.note(filter.parameter() + ": no record has " + pointer + "; not checked");
                return;
            }
            JsonNode source = carriers.get(carriers.size() / 2);
            String full = text(source.at(pointer));
            boolean partial = filter.match() == Filter.Match.PARTIAL;
            String value = partial && full.length() >= 3 ? full.substring(1, full.length() - 1) : full;
            Map<String, String> parameters = new LinkedHashMap<>(Map.of(filter.parameter(), value));
            expect(
                    parameters,
                    r -> matches(r.at(pointer), value, partial),
                    source,
                    filter.parameter() + "=" + value + (partial ? " (part of " + full + ")" : ""),
                    pointer);
            used.put(filter.parameter(), value);
            if (partial && !filter.exactWhen().isEmpty()) {
                // Matching exactly, the full value finds its record and the part finds only records equal to it.
                Map<String, String> exact = new LinkedHashMap<>(filter.exactWhen());
                exact.put(filter.parameter(), full);
                expect(exact, r -> matches(r.at(pointer), full, false), source, describe(exact), pointer);
                if (!value.equals(full)) {
                    exact.put(filter.parameter(), value);
                    expect(exact, r -> matches(r.at(pointer), value, false), null, describe(exact), pointer);
                }
            }
        }

        /** A filter on something the records do not show: each value (enum, default, doc example) only narrows. */
        void subsetFilter(Filter filter) {
            List<String> values = candidateValues(filter.parameter());
            if (values.isEmpty()) {
                verdict.note(filter.parameter() + ": no value to try (no enum, default or doc example)");
                return;
            }
            for (String value : values) {
                Records.Collected filtered = collect(Map.of(filter.parameter(), value));
                String label = filter.parameter() + "=" + value;
                if (filtered == null) {
                    continue;
                }
                checked++;
                if (filtered.total() > all.total()) {
                    verdict.fail(
                            label + ": the total " + filtered.total() + " exceeds the unfiltered total " + all.total());
                } else if (all.complete() && filtered.complete()) {
                    Optional<JsonNode> stranger = filtered.records().stream()
                            .filter(r -> !allIdentities.contains(Records.identity(paging, r)))
                            .findFirst();
                    stranger.ifPresentOrElse(
                            r -> verdict.fail(label + ": a record that the unfiltered query does not " + "return: "
                                    + PagingCheck.abbreviate(r.toString())),
                            () -> verdict.note(
                                    label + ": " + filtered.records().size() + " of " + all.total() + " records"));
                }
            }
            used.putIfAbsent(filter.parameter(), values.get(0));
        }

        /** The combined parameter must give what each separate filter gave. */
        void combinedFilter(Filter filter) {
            Filter.Combined syntax = filter.combined().orElseThrow();
            int before = checked;
            used.forEach((parameter, value) -> {
                String joined = syntax.join(Map.of(parameter, value));
                if (!api.allows(api.baseline(operation.operation())
                        .query(filter.parameter(), joined)
                        .build())) {
                    return; // the combined parameter does not take this key
                }
                Records.Collected separate = collect(Map.of(parameter, value));
                Records.Collected combined = collect(Map.of(filter.parameter(), joined));
                if (separate == null || combined == null) {
                    return;
                }
                checked++;
                List<String> a = identities(separate.records());
                List<String> b = identities(combined.records());
                if (!a.equals(b) || separate.total() != combined.total()) {
                    verdict.fail(filter.parameter() + "=" + joined + " gives " + b.size() + " records (total "
                            + combined.total() + "), " + parameter + "=" + value + " gives " + a.size() + " (total "
                            + separate.total() + ")");
                } else {
                    verdict.note(filter.parameter() + "=" + joined + ": the same " + a.size() + " records as "
                            + parameter + "=" + value);
                }
            });
            if (checked == before) {
                verdict.note(filter.parameter() + ": no separate filter value to combine");
            }
        }

        private void expect(
                Map<String, String> parameters,
                Predicate<JsonNode> matches,
                JsonNode source,
                String label,
                String pointer) {
            Records.Collected filtered = collect(parameters);
            if (filtered == null) {
                return;
            }
            checked++;
            List<JsonNode> records = filtered.records();
            for (int i = 0; i < records.size(); i++) {
                if (!matches.test(records.get(i))) {
                    verdict.fail(label + ": record " + i + " of " + records.size() + " has " + pointer + " = "
                            + records.get(i).at(pointer) + ", which does not match");
                    return;
                }
            }
            String sourceIdentity = source == null ? null : Records.identity(paging, source);
            if (source != null
                    && filtered.complete()
                    && records.stream()
                            .noneMatch(r -> Records.identity(paging, r).equals(sourceIdentity))) {
                verdict.fail(label + ": the record the value was taken from is not among the " + records.size()
                        + " results");
            } else if (filtered.total() > all.total()) {
                verdict.fail(
                        label + ": the total " + filtered.total() + " exceeds the unfiltered total " + all.total());
            } else {
                verdict.note(label + ": " + records.size() + " of " + all.total() + " records, all match");
            }
        }

        /** The records for these filters, or {@code null} after recording why there are none. */
        private Records.Collected collect(Map<String, String> parameters) {
            Records.Collected collected = Records.collect(api, operation, CheckName.FILTERS, parameters);
            if (collected.failed()) {
                verdict.fail(describe(parameters) + ": " + collected.failure().describe());
                return null;
            }
            return collected;
        }

        private List<String> candidateValues(String parameter) {
            ParameterSpec spec =
                    operation.operation().parameter(parameter, "query").orElseThrow();
            SchemaFacts facts = api.facts(spec);
            if (!facts.enumValues().isEmpty()) {
                return facts.enumValues();
            }
            List<String> values = new ArrayList<>();
            facts.defaultValue().or(facts::example).ifPresent(values::add);
            for (ExampleRequest example : operation.exampleRequests()) {
                List<String> given =
                        RequestTarget.parse(example.target()).query().get(parameter);
                if (given != null && !values.contains(given.get(0))) {
                    values.add(given.get(0));
                }
            }
            return values;
        }

        private List<String> identities(List<JsonNode> records) {
            return records.stream().map(r -> Records.identity(paging, r)).toList();
        }
    }

    private static String describe(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((k, v) ->
                text.append(text.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return text.toString();
    }

    /** A scalar field as text; {@code ""} for an absent, null or structured value. */
    static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    private static boolean matches(JsonNode field, String value, boolean partial) {
        String text = text(field).toLowerCase(Locale.ROOT);
        String wanted = value.toLowerCase(Locale.ROOT);
        return partial ? text.contains(wanted) : text.equals(wanted);
    }
}
