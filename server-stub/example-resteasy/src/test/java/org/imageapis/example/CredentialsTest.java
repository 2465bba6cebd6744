package org.imageapis.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void readsATokenAndAnAccessKeyFromTheEnvironment() {
        ExampleServer.Credentials credentials = ExampleServer.Credentials.fromEnvironment(
                Map.of("IMAGE_APIS_TOKEN", "t0ken", "IMAGE_APIS_ACCESS_KEY", "AK1:s3cret:with:colons"));

        assertThat(credentials.tokens()).containsExactly("t0ken");
        assertThat(credentials.secretKeys()).containsExactly(Map.entry("AK1", "s3cret:with:colons"));
    }

    @Test
    void refusesToAcceptNothing() {
        assertThatThrownBy(() -> ExampleServer.Credentials.fromEnvironment(Map.of()))
                .hasMessageContaining("IMAGE_APIS_TOKEN");
        assertThatThrownBy(() -> ExampleServer.Credentials.fromEnvironment(Map.of("IMAGE_APIS_TOKEN", "")))
                .hasMessageContaining("IMAGE_APIS_TOKEN");
    }

    @Test
    void refusesAnAccessKeyWithoutASecretKey() {
        for (String accessKey : List.of("AK1", "AK1:", ":s3cret")) {
            Map<String, String> environment = Map.of("IMAGE_APIS_ACCESS_KEY", accessKey);
            assertThatThrownBy(() -> ExampleServer.Credentials.fromEnvironment(environment))
                    .as(accessKey)
                    .hasMessage("IMAGE_APIS_ACCESS_KEY must be AK:SK");
        }
    }

    @Test
    void showsCountsOnly() {
        ExampleServer.Credentials credentials =
                new ExampleServer.Credentials(List.of("t0ken"), Map.of("AK1", "s3cret"));

        assertThat(credentials.toString())
                .isEqualTo("1 token(s) and 1 access key(s)")
                .doesNotContain("t0ken", "AK1", "s3cret");
    }
}
