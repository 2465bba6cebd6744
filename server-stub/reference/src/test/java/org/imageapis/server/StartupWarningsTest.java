package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

/** The server starts without a warning from Jersey: the first lines a user sees are the server's own. */
class StartupWarningsTest {

    @Test
    void jerseyWarnsOfNothingWhenTheServerStartsAndServesTheApis() throws Exception {
        Logger jersey = Logger.getLogger("org.glassfish.jersey");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jersey.addHandler(recorder);
        try (ServerFixture server = ServerFixture.builtIn()) {
            HttpResult swr = server.get(
                    Specs.Api.SWR,
                    "/v2/manage/shared-repositories?center=self&limit=1",
                    "Content-Type",
                    "application/json");

            assertThat(swr.status()).isEqualTo(200);
        } finally {
            jersey.removeHandler(recorder);
        }
        assertThat(warnings).isEmpty();
    }
}
