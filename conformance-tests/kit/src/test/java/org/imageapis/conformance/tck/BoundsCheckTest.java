package org.imageapis.conformance.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.imageapis.conformance.spec.SchemaFacts;
import org.junit.jupiter.api.Test;

class BoundsCheckTest {

    private static SchemaFacts facts(
            String type,
            String format,
            List<String> values,
            Integer min,
            Integer max,
            Integer minLength,
            Integer maxLength,
            String pattern) {
        return new SchemaFacts(
                type,
                Optional.ofNullable(format),
                values,
                Optional.ofNullable(min).map(BigDecimal::valueOf),
                Optional.ofNullable(max).map(BigDecimal::valueOf),
                Optional.ofNullable(minLength),
                Optional.ofNullable(maxLength),
                Optional.ofNullable(pattern),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void aRangedIntegerGetsBothEdgesAndAWrongType() {
        assertThat(BoundsCheck.invalidValues(facts("integer", "int32", List.of(), 10, 200, null, null, null)))
                .containsExactly("9", "201", "abc");
    }

    @Test
    void anUnboundedInt32GetsTheFirstValuePastItsFormat() {
        assertThat(BoundsCheck.invalidValues(facts("integer", "int32", List.of(), null, null, null, null, null)))
                .containsExactly("2147483648", "abc");
    }

    @Test
    void anEnumGetsAnUnknownValueAndABooleanANonBoolean() {
        assertThat(BoundsCheck.invalidValues(
                        facts("string", null, List.of("self", "thirdparty"), null, null, null, null, null)))
                .containsExactly("not_self");
        assertThat(BoundsCheck.invalidValues(facts("boolean", null, List.of(), null, null, null, null, null)))
                .containsExactly("maybe");
    }

    @Test
    void aPatternGetsAStringThatBreaksItAndALengthLimitAStringThatFitsThePatternButNotTheLength() {
        assertThat(BoundsCheck.invalidValues(facts("string", null, List.of(), null, null, 1, 4, "^[a-z0-9._-]+$")))
                .containsExactly("!", "aaaaa");
        assertThat(BoundsCheck.invalidValues(facts("string", null, List.of(), null, null, null, 3, "^[0-9]+$")))
                .containsExactly("!", "0000");
    }
}
