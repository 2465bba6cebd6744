package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.imageapis.client.errors.PagingException;
import org.imageapis.client.paging.AutoPager;
import org.imageapis.client.paging.Page;
import org.imageapis.client.paging.PageFetcher;
import org.junit.jupiter.api.Test;

/** Auto-paging over well-behaved and misbehaving servers, simulated by page fetchers. */
class AutoPagerTest {

    /** Records the offsets asked for and answers from a list of all items, like an honest server. */
    private static final class Server implements PageFetcher<Integer> {
        final List<Integer> offsets = new ArrayList<>();
        final List<Integer> all;
        IntFunction<OptionalLong> totalAt;

        Server(int size) {
            all = IntStream.range(0, size).boxed().toList();
            totalAt = offset -> OptionalLong.of(all.size());
        }

        @Override
        public Page<Integer> fetch(int offset, int limit) {
            offsets.add(offset);
            return new Page<>(
                    all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                    totalAt.apply(offset));
        }
    }

    @Test
    void readsAllPagesAndStopsAtTheTotal() {
        Server server = new Server(25);

        List<Integer> items = new AutoPager<>(0, 10, server).stream().toList();

        assertThat(items).isEqualTo(server.all);
        assertThat(server.offsets).containsExactly(0, 10, 20);
    }

    @Test
    void anExactMultipleOfThePageSizeNeedsNoExtraRequest() {
        Server server = new Server(20);

        assertThat(new AutoPager<>(0, 10, server).stream().count()).isEqualTo(20);
        assertThat(server.offsets).containsExactly(0, 10);
    }

    @Test
    void startsAtTheRequestedOffset() {
        Server server = new Server(25);

        assertThat(new AutoPager<>(15, 10, server).stream().toList()).isEqualTo(server.all.subList(15, 25));
        assertThat(server.offsets).containsExactly(15);
    }

    @Test
    void fetchesLazily() {
        Server server = new Server(100);

        assertThat(new AutoPager<>(0, 10, server).stream().limit(15).toList()).hasSize(15);
        assertThat(server.offsets).containsExactly(0, 10);
    }

    @Test
    void eachIterationStartsAgain() {
        Server server = new Server(5);
        AutoPager<Integer> pager = new AutoPager<>(0, 10, server);

        pager.forEach(item -> {});
        pager.forEach(item -> {});

        assertThat(server.offsets).containsExactly(0, 0);
    }

    @Test
    void aServerThatCapsTheLimitIsFollowedByOffset() {
        Server server = new Server(25);
        PageFetcher<Integer> capsAtFour = (offset, limit) -> server.fetch(offset, Math.min(limit, 4));

        assertThat(new AutoPager<>(0, 10, capsAtFour).stream().toList()).isEqualTo(server.all);
        assertThat(server.offsets).containsExactly(0, 4, 8, 12, 16, 20, 24);
    }

    @Test
    void anEmptyPageBeforeTheTotalEndsPaging() {
        Server server = new Server(12);
        server.totalAt = offset -> OptionalLong.of(1000);

        assertThat(new AutoPager<>(0, 5, server).stream().toList()).isEqualTo(server.all);
        assertThat(server.offsets).containsExactly(0, 5, 10, 12);
    }

    @Test
    void withoutATotalAShortPageEndsPaging() {
        Server server = new Server(12);
        server.totalAt = offset -> OptionalLong.empty();

        assertThat(new AutoPager<>(0, 5, server).stream().toList()).isEqualTo(server.all);
        assertThat(server.offsets).containsExactly(0, 5, 10);
    }

    @Test
    void aTotalThatShrinksEndsPagingEarlier() {
        Server server = new Server(30);
        server.totalAt = offset -> OptionalLong.of(offset == 0 ? 30 : 15);

        assertThat(new AutoPager<>(0, 10, server).stream().toList()).isEqualTo(server.all.subList(0, 20));
        assertThat(server.offsets).containsExactly(0, 10);
    }

    @Test
    void aTotalThatGrowsIsFollowed() {
        Server server = new Server(30);
        server.totalAt = offset -> OptionalLong.of(offset < 10 ? 12 : 30);

        assertThat(new AutoPager<>(0, 5, server).stream().toList()).isEqualTo(server.all);
        assertThat(server.offsets).containsExactly(0, 5, 10, 15, 20, 25);
    }

    @Test
    void aServerThatRepeatsAPageIsStoppedWithAnError() {
        List<Integer> offsets = new ArrayList<>();
        PageFetcher<Integer> ignoresOffset = (offset, limit) -> {
            offsets.add(offset);
            return new Page<>(List.of(1, 2, 3), OptionalLong.of(1_000_000));
        };
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> new AutoPager<>(0, 3, ignoresOffset).forEach(seen::add))
                .isInstanceOf(PagingException.class)
                .hasMessage("the page at offset 3 repeats the page at offset 0 (3 items): "
                        + "the server is not honouring offset");
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(offsets).containsExactly(0, 3);
    }

    @Test
    void invalidStartIsRefused() {
        assertThatThrownBy(() -> new AutoPager<>(0, 0, new Server(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutoPager<>(-1, 10, new Server(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
