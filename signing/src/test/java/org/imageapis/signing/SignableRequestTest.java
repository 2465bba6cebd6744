package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignableRequestTest {

    @Test
    void headerNamesAreCaseInsensitive() {
        SignableRequest request = SignableRequest.builder()
                .header("X-Project-Id", "first")
                .header("x-project-id", "second")
                .build();

        assertThat(request.headers()).containsExactly(Map.entry("x-project-id", "second"));
        assertThat(request.header("X-PROJECT-ID")).contains("second");
    }

    @Test
    void queryKeepsKeyAndValueOrder() {
        SignableRequest request = SignableRequest.builder()
                .queryParameter("b", "2")
                .queryParameters(Map.of("a", List.of("z", "y")))
                .queryParameter("b", "1")
                .build();

        assertThat(request.queryParameters())
                .containsExactly(Map.entry("b", List.of("2", "1")), Map.entry("a", List.of("z", "y")));
    }

    @Test
    void isImmutable() {
        byte[] body = {1, 2};
        SignableRequest request = SignableRequest.builder().body(body).build();
        body[0] = 9;
        request.body()[1] = 9;

        assertThat(request.body()).containsExactly(1, 2);
        assertThat(request.toBuilder().header("Host", "h").build().body()).containsExactly(1, 2);
        assertThat(request.headers()).isEmpty();
    }

    @Test
    void pathMustBeAbsolute() {
        assertThatThrownBy(() -> SignableRequest.builder().path("v1/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoHeaderValues() {
        SignableRequest request = SignableRequest.builder()
                .path("/v1")
                .header(SigningHeaders.X_SECURITY_TOKEN, "token-value")
                .header(SigningHeaders.AUTHORIZATION, "SDK-HMAC-SHA256 Access=ak, SignedHeaders=host, Signature=abc")
                .build();

        assertThat(request.toString())
                .contains("GET /v1", "x-security-token", "authorization")
                .doesNotContain("token-value", "Signature", "abc");
    }
}
