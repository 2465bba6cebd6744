package org.imageapis.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients pointed at a stub server, with waits recorded instead of slept. */
final class TestClients {

    static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "MIIToken-SECRET-value";

    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** A builder whose four services all go to {@code server}, authenticated with {@link #TOKEN}. */
    ImageApisClient.Builder builder(URI server) {
        ImageApisClient.Builder builder = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region("cn-north-4")
                .projectId(PROJECT_ID)
                .credentials(Credentials.token(TOKEN))
                .sleeper(sleeps::add);
        for (Service service : Service.values()) {
            builder.endpoint(service, server);
        }
        return builder;
    }

    ImageApisClient client(URI server) {
        return builder(server).build();
    }
}
