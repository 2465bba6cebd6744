package org.imageapis.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> paths = List.of(
                "/v1/p/images/group?type=DEDICATED&sort_key=name",
                "/v1/p/image-servers?limit=10&offset=0",
                "/v5/p/image/111/basic-image?image_type=cicd",
                "/v2/manage/shared-repositories?center=self&filter=name::busybox",
                "/v1/p/images/group?limit=not-a-number",
                "/no/such/route",
                "/openapi/swr.yaml",
                "/docs/");
        try (ReferenceServer server = ReferenceServer.start("127.0.0.1", 0, DatasetLoader.builtIn(),
                new Credentials(List.of(TOKEN), Map.of()), Clock.systemUTC())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String path : paths) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + path.substring(1)))
                        .header("X-Auth-Token", TOKEN)
                        .header("region", "cn-north-4")
                        .build();
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}
