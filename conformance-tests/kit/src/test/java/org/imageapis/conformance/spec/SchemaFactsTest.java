package org.imageapis.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Fixture;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The request generator sees the same parameter facts in a spec's OpenAPI 3.0 and 3.1 forms. */
class SchemaFactsTest {

    @Test
    void typeArrayWithNullGivesItsOneOtherTypeAndExamplesGiveTheExample() {
        SchemaFacts limit = facts(Fixture.validator(Specs.OpenApiVersion.V3_1)).get("getItem query:limit");

        assertThat(limit.type()).isEqualTo("integer");
        assertThat(limit.maximum()).map(Number::intValue).hasValue(10);
        assertThat(limit.example()).isEqualTo(Optional.of("5"));
    }

    @Test
    void fixtureParametersHaveTheSameFactsInBothVersions() {
        assertThat(facts(Fixture.validator(Specs.OpenApiVersion.V3_1)))
                .isEqualTo(facts(Fixture.validator(Specs.OpenApiVersion.V3_0)))
                .containsKey("getItem query:limit");
    }

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void bundledParametersHaveTheSameFactsInBothVersions(Specs.Api api) {
        Map<String, SchemaFacts> oas30 = facts(Fixture.bundled(api, Specs.OpenApiVersion.V3_0));

        assertThat(facts(Fixture.bundled(api, Specs.OpenApiVersion.V3_1)))
                .isEqualTo(oas30)
                .isNotEmpty();
    }

    private static Map<String, SchemaFacts> facts(ConformanceValidator validator) {
        Map<String, SchemaFacts> facts = new LinkedHashMap<>();
        SpecDocument spec = validator.spec();
        for (OperationSpec operation : spec.operations()) {
            for (ParameterSpec parameter : operation.parameters()) {
                facts.put(
                        operation.id() + " " + parameter.in() + ":" + parameter.name(),
                        SchemaFacts.of(spec, parameter.schemaPointer()));
            }
        }
        return facts;
    }
}
