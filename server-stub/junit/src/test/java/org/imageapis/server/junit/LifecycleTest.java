package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The extension's lifecycle seen from outside: fixture classes run through the Jupiter engine. */
class LifecycleTest {

    static final List<ImageApisServer> SEEN = new ArrayList<>();

    private static EngineExecutionResults run(Class<?> fixture) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .execute();
    }

    @Test
    void aFailingTestStillStopsTheServer() {
        Events events = run(FailingFixture.class).testEvents();

        events.assertStatistics(stats -> stats.failed(1).succeeded(1));
        assertThat(SEEN).hasSize(2).allMatch(server -> server == SEEN.get(0));
        assertThat(SEEN.get(0).isRunning()).isFalse();
    }

    @Test
    void aPerClassInstanceGetsTheServerInItsConstructor() {
        Events events = run(PerClassFixture.class).testEvents();

        events.assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2).allMatch(server -> server == SEEN.get(0));
        assertThat(SEEN.get(0).isRunning()).isFalse();
    }

    @Test
    void extendWithAloneUsesTheDefaults() {
        Events events = run(ExtendWithFixture.class).testEvents();

        events.assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(SEEN.get(0).toString()).contains("built-in dataset", "prefer on", "stopped");
    }

    @Test
    void aMissingDatasetFailsTheClassWithAMessageNamingIt() {
        Events events = run(MissingDatasetFixture.class).containerEvents();

        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(text -> text.contains("classpath:no-such-dataset.json")
                                && text.contains("no such resource")))));
    }

    @Test
    void aBadDatasetNamesTheJsonPointer() {
        Events events = run(BadDatasetFixture.class).containerEvents();

        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(
                                text -> text.contains("classpath:bad-dataset.json") && text.contains("/swr/0")))));
    }

    // ---- fixtures, run only through the engine above (Surefire skips nested classes)

    @ImageApisServerTest
    static class FailingFixture {
        @Test
        void passes(ImageApisServer server) {
            SEEN.add(server);
        }

        @Test
        void fails(ImageApisServer server) {
            SEEN.add(server);
            throw new AssertionError("deliberately");
        }
    }

    @ImageApisServerTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassFixture {
        private final ImageApisServer server;

        PerClassFixture(ImageApisServer server) {
            this.server = server;
        }

        @Test
        void one() {
            SEEN.add(server);
            assertThat(server.isRunning()).isTrue();
        }

        @Test
        void two(ImageApisServer injected) {
            SEEN.add(injected);
            assertThat(injected).isSameAs(server);
        }
    }

    @ExtendWith(ImageApisServerExtension.class)
    static class ExtendWithFixture {
        @Test
        void works(ImageApisServer server) {
            SEEN.add(server);
            assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
        }
    }

    @ImageApisServerTest(dataset = "classpath:no-such-dataset.json")
    static class MissingDatasetFixture {
        @Test
        void neverRuns() {}
    }

    @ImageApisServerTest(dataset = "classpath:bad-dataset.json")
    static class BadDatasetFixture {
        @Test
        void neverRuns() {}
    }
}
