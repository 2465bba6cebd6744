package org.imageapis.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.control.ServerControls;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.specs.Specs;

/** A reference server on a free loopback port, and a client that checks every API answer against the spec. */
final class ServerFixture implements AutoCloseable {

    static final String TOKEN = "test-token";
    // HTTP/1.1 as the providers' clients speak it; the default would first try an h2c upgrade.
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final ReferenceServer server;

    private ServerFixture(ReferenceServer server) {
        this.server = server;
    }

    static ServerFixture builtIn() {
        return start(DatasetLoader.builtIn(), new Credentials(List.of(), Map.of()), Clock.systemUTC());
    }

    static ServerFixture start(Dataset dataset, Credentials credentials, Clock clock) {
        return start(dataset, credentials, clock, ServerControls.defaults());
    }

    static ServerFixture start(Dataset dataset, Credentials credentials, Clock clock, ServerControls controls) {
        try {
            return new ServerFixture(ReferenceServer.start("127.0.0.1", 0, dataset, credentials, clock, controls));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery.substring(1));
    }

    /** GET with a token; the answer must conform to {@code api}'s spec. */
    HttpResult get(Specs.Api api, String pathAndQuery, String... headers) {
        HttpResult result = send(
                HttpRequest.newBuilder(uri(pathAndQuery)).GET(), concat(new String[] {"X-Auth-Token", TOKEN}, headers));
        SpecConformance.assertConforms(api, result);
        return result;
    }

    HttpResult send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HttpResult.of(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Override
    public void close() {
        server.close();
    }
}
