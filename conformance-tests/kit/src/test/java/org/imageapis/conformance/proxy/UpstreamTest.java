package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://swr-api.eu-de.otc.t-systems.com|true|swr-api.eu-de.otc.t-systems.com|443|swr-api.eu-de.otc.t-systems.com|''",
                "http://127.0.0.1:8080/|false|127.0.0.1|8080|127.0.0.1:8080|''",
                "HTTP://gateway:80/prefix/swr//|false|gateway|80|gateway:80|/prefix/swr",
                "https://[::1]:8443/a%20b|true|[::1]|8443|[::1]:8443|/a%20b"
            })
    void urlsGiveHostPortAuthorityAndPrefix(
            String url, boolean secure, String host, int port, String authority, String prefix) {
        Upstream upstream = Upstream.parse(url);

        assertThat(upstream.secure()).isEqualTo(secure);
        assertThat(upstream.host()).isEqualTo(host);
        assertThat(upstream.port()).isEqualTo(port);
        assertThat(upstream.authority()).isEqualTo(authority);
        assertThat(upstream.pathPrefix()).isEqualTo(prefix);
        assertThat(upstream.target("/v2/x?y=1")).isEqualTo(prefix + "/v2/x?y=1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://host",
                "host:8080",
                "/path",
                "https://",
                "https://u:secret@host",
                "https://host/?q=1",
                "https://host/#f",
                "http://bad host/"
            })
    void otherUrlsAreRefusedWithoutBeingRepeated(String url) {
        assertThatThrownBy(() -> Upstream.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }
}
