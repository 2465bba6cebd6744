package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.imageapis.client.Service;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Faults and journal are cleared before each test; the server and its port stay for the class. */
@ImageApisServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBetweenTestsTest {

    private static ImageApisServer first;
    private static int firstPort;

    @Test
    @Order(1)
    void leavesAFaultAndRequestsBehind(ImageApisServer server) {
        first = server;
        firstPort = server.port();
        Http.get(server.baseUri(), Http.SWR);
        server.faults().next(Service.SWR, Fault.status(503).times(5));

        assertThat(server.journal().requests()).hasSize(1);
        assertThat(server.faults().pending()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void startsWithNeither(ImageApisServer server) {
        assertThat(server).isSameAs(first);
        assertThat(server.port()).isEqualTo(firstPort);
        assertThat(server.journal().requests()).isEmpty();
        assertThat(server.faults().pending()).isZero();
        assertThat(Http.get(server.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
    }
}
