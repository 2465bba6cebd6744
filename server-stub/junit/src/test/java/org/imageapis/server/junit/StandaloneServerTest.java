package org.imageapis.server.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import org.imageapis.client.Service;
import org.junit.jupiter.api.Test;

/** {@link ImageApisServer} without the extension: start, restart, stop, and the journal off. */
class StandaloneServerTest {

    @Test
    void restartKeepsThePortTheDatasetTheFaultsAndTheJournal() {
        try (ImageApisServer server =
                ImageApisServer.builder().generate(4).build().start()) {
            URI base = server.baseUri();
            assertThat(Http.get(base, Http.SWR + "?name=synthetic").body()).contains("synthetic-repo-000003");
            server.faults().next(Service.SWR, Fault.status(503));

            server.restart();

            assertThat(server.baseUri()).isEqualTo(base);
            assertThat(Http.get(base, Http.SWR).statusCode()).isEqualTo(503);
            assertThat(Http.get(base, Http.SWR + "?name=synthetic").body()).contains("synthetic-repo-000003");
            assertThat(server.journal().count(Service.SWR)).isEqualTo(3);
        }
    }

    @Test
    void aStoppedServerRefusesConnections() {
        ImageApisServer server = ImageApisServer.builder().build().start();
        URI base = server.baseUri();
        server.stop();

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> Http.get(base, Http.SWR)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(server::baseUri)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start()");
        server.start();
        assertThat(server.baseUri()).isEqualTo(base);
        server.close();
    }

    @Test
    void withTheJournalOffNothingIsRecorded() {
        try (ImageApisServer server =
                ImageApisServer.builder().journal(false).build().start()) {
            Http.get(server.baseUri(), Http.SWR);

            assertThat(server.journal().isEnabled()).isFalse();
            assertThat(server.journal().requests()).isEmpty();
        }
    }

    @Test
    void aFileDatasetAndABadAccessKeyPair() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dataset", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"workspace\": [{\"id\": \"1\", \"name\": \"from-a-file\"}]}");
            try (ImageApisServer server =
                    ImageApisServer.builder().dataset(file.toString()).build().start()) {
                assertThat(Http.get(server.baseUri(), Http.WORKSPACE).body()).contains("from-a-file");
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThatThrownBy(() -> ImageApisServer.accessKeyPairs(new String[] {"no-colon-secret"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("no-colon-secret");
    }

    @Test
    void serversOfOneConfigurationShareTheApplicationButNotFaultsOrJournal() {
        try (ImageApisServer first =
                        ImageApisServer.builder().generate(2).build().start();
                ImageApisServer second =
                        ImageApisServer.builder().generate(2).build().start()) {
            first.faults().next(Fault.status(503));

            assertThat(Http.get(second.baseUri(), Http.SWR).statusCode()).isEqualTo(200);
            assertThat(Http.get(first.baseUri(), Http.SWR).statusCode()).isEqualTo(503);
            assertThat(first.journal().requests()).hasSize(1);
            assertThat(second.journal().requests()).hasSize(1);
            first.stop();
            assertThat(Http.get(second.baseUri(), Http.SWR + "?name=synthetic").body())
                    .as("the shared application outlives the first server")
                    .contains("synthetic-repo-000001");
        }
    }

    @Test
    void anEditedDatasetFileIsReadAgain() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dataset", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"workspace\": [{\"id\": \"1\", \"name\": \"first-version\"}]}");
            try (ImageApisServer server =
                    ImageApisServer.builder().dataset(file.toString()).build().start()) {
                assertThat(Http.get(server.baseUri(), Http.WORKSPACE).body()).contains("first-version");
            }
            java.nio.file.Files.writeString(
                    file, "{\"workspace\": [{\"id\": \"1\", \"name\": \"second-version-longer\"}]}");
            try (ImageApisServer server =
                    ImageApisServer.builder().dataset(file.toString()).build().start()) {
                assertThat(Http.get(server.baseUri(), Http.WORKSPACE).body()).contains("second-version-longer");
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
