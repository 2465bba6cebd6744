package org.imageapis.conformance.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Fixture;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.Violation;
import org.imageapis.conformance.examples.DocExamples;
import org.imageapis.specs.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-step mutation of every doc example: the validator flags exactly the mutations that the schema
 * forbids (by the independent {@link SchemaOracle}), and each flag points at the mutated value; with the OpenAPI 3.1
 * variant of the bundle, it reports every mutation exactly as with the 3.0 bundle.
 */
class MutationTest {

    static Stream<DocExamples.Body> bodies() {
        return DocExamples.bodies().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void validatorFlagsExactlyTheMutationsTheSchemaForbids(DocExamples.Body example) {
        SchemaOracle oracle = new SchemaOracle(example.api(), example.operationId(), example.status());
        List<Mutation> mutations = Mutations.of(oracle, example.json());
        ConformanceValidator validator = Fixture.bundled(example.api(), Specs.OpenApiVersion.V3_0);

        List<String> disagreements = new ArrayList<>();
        for (Mutation mutation : mutations) {
            ValidationReport report = validator.validateResponse(
                    RecordedResponse.of(OperationKey.id(example.operationId()), example.status(), mutation.body()));
            List<Violation> errors = report.errors();
            if (mutation.forbidden() && errors.isEmpty()) {
                disagreements.add("not flagged: " + mutation);
            } else if (!mutation.forbidden() && !errors.isEmpty()) {
                disagreements.add("wrongly flagged: " + mutation + " -> " + errors);
            } else if (errors.stream().anyMatch(v -> !v.pointer().equals(mutation.pointer()))) {
                disagreements.add("flagged elsewhere: " + mutation + " -> " + errors);
            }
        }
        System.out.println(example + ": " + mutations.size() + " mutations " + Mutations.summary(mutations));

        assertThat(disagreements).isEmpty();
        // Not vacuous: both verdicts, and every kind of mutation, occur for each example.
        assertThat(mutations).anyMatch(Mutation::forbidden).anyMatch(m -> !m.forbidden());
        assertThat(mutations)
                .extracting(Mutation::kind)
                .contains(Mutation.Kind.DROP, Mutation.Kind.RETYPE, Mutation.Kind.RANGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void openApi31VariantReportsEveryMutationAsThe30BundleDoes(DocExamples.Body example) {
        SchemaOracle oracle = new SchemaOracle(example.api(), example.operationId(), example.status());
        ConformanceValidator oas30 = Fixture.bundled(example.api(), Specs.OpenApiVersion.V3_0);
        ConformanceValidator oas31 = Fixture.bundled(example.api(), Specs.OpenApiVersion.V3_1);

        int flagged = 0;
        for (Mutation mutation : Mutations.of(oracle, example.json())) {
            RecordedResponse response =
                    RecordedResponse.of(OperationKey.id(example.operationId()), example.status(), mutation.body());
            List<Violation> expected = oas30.strict().validateResponse(response).violations();

            assertThat(oas31.strict().validateResponse(response).violations())
                    .as(mutation.toString())
                    .containsExactlyInAnyOrderElementsOf(expected);
            flagged += expected.isEmpty() ? 0 : 1;
        }
        assertThat(flagged).as("mutations with violations").isPositive();
    }
}
