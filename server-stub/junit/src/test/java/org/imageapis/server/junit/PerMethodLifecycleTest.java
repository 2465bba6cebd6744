package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic form in an instance field: a server of its own for each test method, stopped after it. */
class PerMethodLifecycleTest {

    private static final List<ImageApisServer> SERVERS = new ArrayList<>();

    @RegisterExtension
    ImageApisServerExtension server = ImageApisServerExtension.builder().build();

    @RepeatedTest(2)
    void eachTestHasARunningServerOfItsOwn(ImageApisServer injected) {
        assertThat(injected).isSameAs(server.server());
        assertThat(injected.isRunning()).isTrue();
        assertThat(Http.get(injected.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
        SERVERS.add(injected);
    }

    @AfterAll
    static void eachWasStoppedAfterItsTest() {
        assertThat(SERVERS).hasSize(2);
        assertThat(SERVERS.get(0)).isNotSameAs(SERVERS.get(1));
        assertThat(SERVERS).noneMatch(ImageApisServer::isRunning);
    }
}
