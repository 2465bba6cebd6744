package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.fixture.gallery.GalleryService;
import org.imageapis.client.fixture.gallery.ListAlbumsRequest;
import org.imageapis.client.fixture.gallery.model.Album;
import org.imageapis.client.fixture.gallery.model.AlbumPage;
import org.imageapis.client.fixture.gallery.model.AlbumVisibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The proof that the specs drive the operations: {@code src/test/resources/fixture/gallery.yaml} adds a
 * fifth operation, {@code listAlbums} (paged with {@code x-paging}, {@code limit} in 1..3, a required
 * {@code owner} with a pattern), and the build generates its request, service and auto-pager exactly as
 * for the four APIs (the {@code operations-fixture} execution in the client's pom). Nothing here or in
 * {@code src/main} is written for that operation.
 */
class GeneratedFixtureClientTest {

    private static final int ALBUMS = 7;

    private final StubServer server = new StubServer().fallback(GeneratedFixtureClientTest::albums);
    /** The client registers no gallery service: the generated constructor takes the endpoint. */
    private final GalleryService gallery = new GalleryService(new TestClients().client(server.uri()), server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRequestIsBuiltWithItsBuilderAndSentAsTheSpecSays() {
        ListAlbumsRequest request = ListAlbumsRequest.builder("alice")
                .limit(2)
                .offset(4)
                .visibility(AlbumVisibility.PRIVATE)
                .build();

        AlbumPage page = gallery.listAlbums(request);

        assertThat(server.last().uri().getRawPath()).isEqualTo("/v1/" + TestClients.PROJECT_ID + "/albums");
        assertThat(server.last().uri().getRawQuery()).isEqualTo("limit=2&offset=4&owner=alice&visibility=private");
        assertThat(server.last().header("X-Auth-Token")).isEqualTo(TestClients.TOKEN);
        assertThat(page.getTotal()).isEqualTo(ALBUMS);
        assertThat(page.getAlbums()).extracting(Album::getId).containsExactly("album-4", "album-5");
        assertThat(request.toBuilder().offset(0).build())
                .isEqualTo(ListAlbumsRequest.builder("alice")
                        .limit(2)
                        .offset(0)
                        .visibility(AlbumVisibility.PRIVATE)
                        .build());
    }

    @Test
    void theSpecsRangesAndPatternsAreCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ListAlbumsRequest.builder("alice").limit(4).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 3, was 4");
        assertThatThrownBy(() -> ListAlbumsRequest.builder("alice").offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be at least 0, was -1");
        assertThatThrownBy(() -> ListAlbumsRequest.builder("Alice").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("owner must match ^[a-z]+$, was \"Alice\"");
        assertThatThrownBy(() -> ListAlbumsRequest.builder(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("owner is required");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void listAllFetchesEveryPageInPagesOfTheSpecsMaximumLimit() {
        List<Album> all = gallery
                .listAllAlbums(ListAlbumsRequest.builder("alice").build())
                .stream()
                .toList();

        assertThat(all)
                .extracting(Album::getId)
                .containsExactly("album-0", "album-1", "album-2", "album-3", "album-4", "album-5", "album-6");
        assertThat(server.received())
                .extracting(received -> received.uri().getRawQuery())
                .containsExactly(
                        "limit=3&offset=0&owner=alice", "limit=3&offset=3&owner=alice", "limit=3&offset=6&owner=alice");
    }

    @Test
    void theRawResponseGivesTheStatusAndRequestIdWithTheTypedBody() {
        RawResponse<AlbumPage> response = gallery.withRawResponse()
                .listAlbums(ListAlbumsRequest.builder("alice").build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.requestId()).hasValue("fixture-request");
        assertThat(response.parse().getTotal()).isEqualTo(ALBUMS);
    }

    @Test
    void theServiceIsBuiltFromTheClientWithAnEndpointCheckedAsTheBuildersAre() {
        ImageApisClient client = new TestClients().client(server.uri());

        assertThatThrownBy(() -> new GalleryService(client, URI.create("http://user:secret@127.0.0.1/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint of Gallery albums (test fixture) must not have user info, a query or a fragment");
        assertThatThrownBy(() -> new GalleryService(
                        new TestClients().builder(server.uri()).projectId(null).build(), server.uri()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Gallery albums (test fixture) calls need a project id: set projectId(...) on the client "
                        + "builder");
    }

    /** A small album server: {@value #ALBUMS} albums, paged by offset and limit (default 2) as the fixture spec says. */
    private static Reply albums(StubServer.Received request) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : request.uri().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts[1]);
        }
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "2"));
        List<String> albums = new ArrayList<>();
        for (int i = offset; i < Math.min(ALBUMS, offset + limit); i++) {
            albums.add("{\"id\":\"album-" + i + "\",\"title\":\"Album " + i + "\",\"visibility\":\"public\"}");
        }
        return Reply.json(200, "{\"total\":" + ALBUMS + ",\"albums\":[" + String.join(",", albums) + "]}")
                .withHeader("X-Request-Id", "fixture-request");
    }
}
