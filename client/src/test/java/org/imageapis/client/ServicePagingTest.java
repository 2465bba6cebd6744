package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.imageapis.client.StubServer.Reply;
import org.imageapis.client.hss.ListImageBasicImagesRequest;
import org.imageapis.client.hss.model.HssImageType;
import org.imageapis.client.hss.model.ImageBasicImageInfo;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroup;
import org.imageapis.client.modelarts.model.ImageGroupType;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.model.SharedRepository;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.client.workspace.model.ImageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each service pages over the stub server with offset/limit and stops on its own total field. */
class ServicePagingTest {

    private static final Pattern OFFSET = Pattern.compile("(?:^|&)offset=(\\d+)");
    private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=(\\d+)");
    private static final int ITEMS = 7;

    private final StubServer server = new StubServer();
    private final ImageApisClient client = new TestClients().client(server.uri());

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers like the service: items {@code offset .. offset+limit} of {@link #ITEMS}, in {@code shape}. */
    private void serve(java.util.function.BiFunction<List<Integer>, Integer, Reply> shape) {
        server.fallback(request -> {
            int offset = number(OFFSET, request.uri().getRawQuery());
            int limit = number(LIMIT, request.uri().getRawQuery());
            List<Integer> items = IntStream.range(offset, Math.min(offset + limit, ITEMS))
                    .boxed()
                    .toList();
            return shape.apply(items, offset);
        });
    }

    private static String array(List<Integer> items, String format) {
        return items.stream().map(i -> String.format(format, i)).collect(Collectors.joining(",", "[", "]"));
    }

    private List<Integer> offsetsRequested() {
        return server.received().stream()
                .map(r -> number(OFFSET, r.uri().getRawQuery()))
                .toList();
    }

    @Test
    void modelArtsStopsOnTotal() {
        serve((items, offset) ->
                Reply.json(200, "{\"total\":" + ITEMS + ",\"data\":" + array(items, "{\"name\":\"g%d\"}") + "}"));

        List<String> names = client
                .modelArts()
                .listAllImageGroups(ListImageGroupsRequest.builder()
                        .type(ImageGroupType.DEDICATED)
                        .limit(3)
                        .build())
                .stream()
                .map(ImageGroup::getName)
                .toList();

        assertThat(names).containsExactly("g0", "g1", "g2", "g3", "g4", "g5", "g6");
        assertThat(offsetsRequested()).containsExactly(0, 3, 6);
        assertThat(server.received())
                .allSatisfy(r -> assertThat(r.uri().getRawQuery()).contains("type=DEDICATED"));
    }

    @Test
    void workspaceStopsOnCount() {
        serve((items, offset) ->
                Reply.json(200, "{\"count\":" + ITEMS + ",\"items\":" + array(items, "{\"id\":\"s%d\"}") + "}"));

        List<String> ids =
                client
                        .workspace()
                        .listAllImageServers(
                                ListImageServersRequest.builder().limit(4).build())
                        .stream()
                        .map(ImageServer::getId)
                        .toList();

        assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(offsetsRequested()).containsExactly(0, 4);
    }

    @Test
    void hssStopsOnTotalNumAndUsesTheLargestPageByDefault() {
        serve((items, offset) -> Reply.json(
                200, "{\"total_num\":" + ITEMS + ",\"data_list\":" + array(items, "{\"os_name\":\"os%d\"}") + "}"));

        List<String> names = client
                .hss()
                .listAllImageBasicImages(ListImageBasicImagesRequest.builder("img", HssImageType.PRIVATE_IMAGE)
                        .build())
                .stream()
                .map(ImageBasicImageInfo::getOsName)
                .toList();

        assertThat(names).hasSize(ITEMS);
        assertThat(server.received())
                .singleElement()
                .satisfies(r -> assertThat(r.uri().getRawQuery()).contains("limit=200&offset=0"));
    }

    @Test
    void swrStopsOnTheContentRangeTotal() {
        serve((items, offset) -> Reply.json(200, array(items, "{\"name\":\"r%d\"}"))
                .withHeader("Content-Range", offset + "-" + items.size() + "/" + ITEMS));

        List<String> names = client
                .swr()
                .listAllSharedRepositories(ListSharedRepositoriesRequest.builder()
                        .limit(2)
                        .offset(1)
                        .build())
                .stream()
                .map(SharedRepository::getName)
                .toList();

        assertThat(names).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(offsetsRequested()).containsExactly(1, 3, 5);
    }

    @Test
    void swrStopsOnTotalRangeWithoutContentRange() {
        serve((items, offset) -> Reply.json(200, array(items, "{\"name\":\"r%d\",\"total_range\":" + ITEMS + "}")));

        List<SharedRepository> all =
                client
                        .swr()
                        .listAllSharedRepositories(
                                ListSharedRepositoriesRequest.builder().limit(7).build())
                        .stream()
                        .toList();

        assertThat(all).hasSize(ITEMS);
        assertThat(offsetsRequested()).containsExactly(0);
    }

    @Test
    void swrWithoutAnyTotalStopsOnAShortPage() {
        serve((items, offset) -> Reply.json(200, array(items, "{\"name\":\"r%d\"}")));

        assertThat(
                        client
                                .swr()
                                .listAllSharedRepositories(ListSharedRepositoriesRequest.builder()
                                        .limit(3)
                                        .build())
                                .stream()
                                .count())
                .isEqualTo(ITEMS);
        assertThat(offsetsRequested()).containsExactly(0, 3, 6);
    }

    private static int number(Pattern pattern, String query) {
        Matcher matcher = pattern.matcher(query == null ? "" : query);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
