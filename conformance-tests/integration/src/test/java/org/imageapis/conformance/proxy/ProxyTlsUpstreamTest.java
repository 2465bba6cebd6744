package org.imageapis.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The providers' endpoints are https: the proxy speaks TLS to an https upstream, and checks its certificate and
 * host name (here a throw-away certificate for 127.0.0.1 that keytool makes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyTlsUpstreamTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private HttpsServer upstream;
    private KeyStore keyStore;

    @BeforeAll
    void startHttpsUpstream() throws Exception {
        Path file = dir.resolve("upstream.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "upstream",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "SAN=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-keystore",
                        file.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        upstream = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.setHttpsConfigurator(new HttpsConfigurator(tls));
        upstream.createContext("/", exchange -> {
            byte[] body = "[{\"name\":\"busybox\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Content-Range", "0-1/1");
            exchange.getResponseHeaders().add("X-Request-Id", "r1");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
    }

    @AfterAll
    void stop() {
        upstream.stop(0);
    }

    private URI upstreamUri() {
        return URI.create("https://127.0.0.1:" + upstream.getAddress().getPort());
    }

    private static HttpResponse<String> get(ValidatingProxy proxy) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(proxy.baseUri() + "/v2/manage/shared-repositories?center=self"))
                                .header("X-Auth-Token", "t")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void trustedHttpsUpstreamIsValidatedLikeAnyOther() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        try (ValidatingProxy proxy = ValidatingProxy.builder()
                .api(Specs.Api.SWR)
                .strict(true)
                .upstream(upstreamUri())
                .upstreamTrust(trust)
                .build()
                .start()) {

            HttpResponse<String> response = get(proxy);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("[{\"name\":\"busybox\"}]");
            assertThat(proxy.report().exchanges()).isEqualTo(1);
            assertThat(proxy.report().isValid()).isTrue();
        }
    }

    @Test
    void untrustedCertificateIs502() throws Exception {
        try (ValidatingProxy proxy = ValidatingProxy.builder()
                .api(Specs.Api.SWR)
                .upstream(upstreamUri())
                .build()
                .start()) {

            HttpResponse<String> response = get(proxy);

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body())
                    .contains("CONFORMANCE.0502", "The connection to the upstream " + upstreamUri() + " failed");
        }
    }
}
