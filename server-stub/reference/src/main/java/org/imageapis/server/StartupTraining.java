package org.imageapis.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.registry.OperationEntry;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.DatasetLoader;

/**
 * The training run behind {@code reference-server.jsa}, the class-data-sharing archive the build writes
 * next to {@code reference-server.jar}: the build runs this class once with
 * {@code -XX:ArchiveClassesAtExit}, so the archive holds every class a start and a first answer of
 * each kind load. {@code java -XX:SharedArchiveFile=reference-server.jsa -jar reference-server.jar} then maps
 * them instead of loading some 5,000 classes one by one, which halves the cold start.
 */
public final class StartupTraining {

    private static final String TOKEN = "training";

    private StartupTraining() {}

    /**
     * Starts a server, sends it a request of each kind and stops it.
     *
     * @param args none
     * @throws IOException when the server cannot start or a request fails
     * @throws InterruptedException when interrupted while waiting for an answer
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        try (ReferenceServer server = ReferenceServer.start(
                "127.0.0.1",
                0,
                DatasetLoader.builtIn(),
                new Credentials(List.of(TOKEN), Map.of()),
                Clock.systemUTC())) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String path : paths()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + path.substring(1)))
                        .header("X-Auth-Token", TOKEN)
                        .header("region", "cn-north-4")
                        .build();
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** Each operation's example request, and a 400 of each paged one; then an unknown route and the docs. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (ApiEntry api : ApiRegistry.apis()) {
            for (OperationEntry operation : api.operations()) {
                paths.add(operation.examplePath());
                if (operation.limitParameter() != null) {
                    paths.add(operation.examplePath().split("\\?", 2)[0] + "?" + operation.limitParameter()
                            + "=not-a-number");
                }
            }
            paths.add("/openapi/" + api.id() + ".yaml");
            paths.add("/openapi/3.1/" + api.id() + ".yaml");
        }
        paths.add("/no/such/route");
        paths.add("/docs/");
        paths.add("/docs/swagger-initializer.js");
        paths.add("/reference/");
        return paths;
    }
}
