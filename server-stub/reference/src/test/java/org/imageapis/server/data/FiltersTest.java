package org.imageapis.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void anAbsentFilterAcceptsEveryRecord() {
        assertThat(Filters.exact(null, "a")).isTrue();
        assertThat(Filters.exact(null, null)).isTrue();
        assertThat(Filters.partial(null, "a")).isTrue();
        assertThat(Filters.partial(null, null)).isTrue();
    }

    @Test
    void exactAcceptsAnEqualValueOnly() {
        assertThat(Filters.exact("nginx", "nginx")).isTrue();
        assertThat(Filters.exact(Boolean.TRUE, true)).isTrue();
        assertThat(Filters.exact("nginx", "nginx-alpine")).isFalse();
        assertThat(Filters.exact("nginx", null))
                .as("a record without the field")
                .isFalse();
    }

    @Test
    void partialAcceptsAValueThatHoldsTheFilter() {
        assertThat(Filters.partial("gin", "nginx")).isTrue();
        assertThat(Filters.partial("nginx", "nginx")).isTrue();
        assertThat(Filters.partial("", "nginx"))
                .as("an empty filter is part of any value")
                .isTrue();
        assertThat(Filters.partial("NGINX", "nginx")).as("case-sensitive").isFalse();
        assertThat(Filters.partial("gin", null))
                .as("a record without the field")
                .isFalse();
    }
}
