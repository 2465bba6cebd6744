package org.imageapis.server.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.imageapis.client.Cloud;
import org.imageapis.client.Credentials;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.control.FaultInjector;
import org.imageapis.server.control.RequestJournal;
import org.imageapis.server.control.ServerControls;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.DatasetException;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;

/**
 * The reference server running in this JVM, as a test sees it: where it listens, a client builder pointed at it,
 * its faults and its journal. The extension makes one per test class; {@link #builder()} makes one for any other
 * use. One server serves all four APIs, so every {@link #baseUri(Service)} is the same URI.
 *
 * <pre>{@code
 * try (ImageApisServer server = ImageApisServer.builder().generate(100).build().start()) {
 *     ImageApisClient client = server.client();
 *     ...
 * }
 * }</pre>
 */
public final class ImageApisServer implements AutoCloseable {

    /** The project id of {@link #clientBuilder()} unless configured: the reference server serves any project id. */
    public static final String DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    /** The region of {@link #clientBuilder()} unless configured; HSS calls send it as their {@code region} header. */
    public static final String DEFAULT_REGION = "cn-north-4";
    /** The token of {@link #client()} when the server accepts any token. */
    public static final String DEFAULT_TOKEN = "test-token";

    /** Grizzly, Jersey and Hibernate Validator announce each start at INFO; held here as JUL keeps loggers weakly. */
    private static final List<Logger> LIBRARY_LOGGERS =
            List.of(Logger.getLogger("org.glassfish"), Logger.getLogger("org.hibernate.validator"));

    private final Builder config;
    private final FaultInjector injector = new FaultInjector();
    private final RequestJournal requestJournal = new RequestJournal();
    private final Faults faults = new Faults(injector);
    private final Journal journal = new Journal(requestJournal);
    private ApplicationCache.Key application;
    private ReferenceServer server;
    private int port;

    private ImageApisServer(Builder config) {
        this.config = config;
        this.port = config.port;
        if (config.journal) {
            requestJournal.enable();
        }
    }

    /** @return a builder of the default configuration: built-in dataset, any token, a free port */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server, unless it runs, on the configured port or a free one; a restart listens on the port of the
     * first start. The dataset is read and Jersey initialised once per configuration in a JVM (an application shared
     * by the servers of that configuration, see {@code ReferenceApplication}): the next server with the same
     * configuration, e.g. the next test class's, starts its listener only.
     *
     * @return this
     * @throws IllegalStateException when the dataset cannot be read or the port cannot be bound
     */
    public synchronized ImageApisServer start() {
        if (server != null) {
            return this;
        }
        quietLibraryLogging();
        ServerControls controls = ServerControls.defaults()
                .withPrefer(config.prefer)
                .withFaults(injector)
                .withJournal(requestJournal);
        ApplicationCache.Key key = config.applicationKey();
        try {
            server = ReferenceServer.start(config.host, port, ApplicationCache.acquire(key, config::dataset), controls);
        } catch (IOException | RuntimeException e) {
            ApplicationCache.release(key);
            throw new IllegalStateException(
                    "cannot start the reference server on " + config.host + ":" + port + ": " + e.getMessage(), e);
        }
        application = key;
        port = server.baseUri().getPort();
        return this;
    }

    /** Stops the server at once (no grace period for requests in flight), unless it is stopped; faults and journal are kept. */
    public synchronized void stop() {
        if (server != null) {
            server.closeNow();
            server = null;
            ApplicationCache.release(application);
        }
    }

    /**
     * Stops and starts the server again, on the same port and with the same dataset.
     *
     * @return this server, running
     */
    public synchronized ImageApisServer restart() {
        stop();
        return start();
    }

    /** @return whether the server is running */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** @return the base URI every API is served at, such as {@code http://127.0.0.1:41234/} */
    public synchronized URI baseUri() {
        if (server == null) {
            throw new IllegalStateException("the server is not running: call start()");
        }
        return server.baseUri();
    }

    /**
     * The base URI of {@code service}; the same for all four, since one server serves them all.
     *
     * @param service the service
     * @return the base URI its calls go to
     */
    public URI baseUri(Service service) {
        Objects.requireNonNull(service, "service");
        return baseUri();
    }

    /** @return the port the server listens on */
    public int port() {
        return baseUri().getPort();
    }

    /**
     * A client builder with every endpoint pointed at this server, the cloud, the region and the project id set;
     * add credentials: any {@code Credentials.token(...)} when no token is configured, else one of {@link #tokens()},
     * or one of {@link #accessKeys()}.
     *
     * @return the builder, without credentials
     */
    public ImageApisClient.Builder clientBuilder() {
        ImageApisClient.Builder builder = ImageApisClient.builder()
                .cloud(Cloud.HUAWEI_CLOUD)
                .region(config.region)
                .projectId(config.projectId);
        for (Service service : Service.values()) {
            builder.endpoint(service, baseUri(service));
        }
        return builder;
    }

    /** @return a client of {@link #clientBuilder()} with an accepted token (the first configured one, else {@value #DEFAULT_TOKEN}) */
    public ImageApisClient client() {
        return clientBuilder()
                .credentials(Credentials.token(config.tokens.isEmpty() ? DEFAULT_TOKEN : config.tokens.get(0)))
                .build();
    }

    /** @return the tokens the server accepts; empty when it accepts any non-empty token */
    public List<String> tokens() {
        return config.tokens;
    }

    /** @return the access key / secret key pairs whose signatures the server accepts */
    public Map<String, String> accessKeys() {
        return config.accessKeys;
    }

    /** @return the project id of {@link #clientBuilder()} */
    public String projectId() {
        return config.projectId;
    }

    /** @return the faults the server applies to its next calls */
    public Faults faults() {
        return faults;
    }

    /** @return the requests the server received */
    public Journal journal() {
        return journal;
    }

    /** Clears the faults and the journal; the extension does this before each test. */
    public void reset() {
        injector.clear();
        requestJournal.clear();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "ImageApisServer[" + (isRunning() ? baseUri() : "stopped") + ", " + config.datasetDescription()
                + ", prefer " + (config.prefer ? "on" : "off") + "]";
    }

    private static void quietLibraryLogging() {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            LIBRARY_LOGGERS.forEach(logger -> {
                if (logger.getLevel() == null) {
                    logger.setLevel(Level.WARNING);
                }
            });
        }
    }

    /** The configuration of a server; also what {@link ImageApisServerExtension#builder()} builds on. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String datasetLocation;
        private Dataset dataset;
        private int generate;
        private List<String> tokens = List.of();
        private final Map<String, String> accessKeys = new LinkedHashMap<>();
        private boolean prefer = true;
        private boolean journal = true;
        private String projectId = DEFAULT_PROJECT_ID;
        private String region = DEFAULT_REGION;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The address to listen on (default {@code 127.0.0.1}).
         *
         * @param host the address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The port to listen on (default 0: a free port).
         *
         * @param port the port, from 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The dataset to serve instead of the built-in one: {@code classpath:my-data.json} (a resource of the test
         * class path) or a file path; the format is the reference server's {@code --data} format.
         *
         * @param location the dataset's location
         * @return this builder
         */
        public Builder dataset(String location) {
            this.datasetLocation = Objects.requireNonNull(location, "location");
            this.dataset = null;
            return this;
        }

        /**
         * The dataset to serve instead of the built-in one.
         *
         * @param dataset the dataset
         * @return this builder
         */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.datasetLocation = null;
            return this;
        }

        /**
         * Adds {@code records} deterministic synthetic records per API (HSS: image {@code synthetic}, type cicd).
         *
         * @param records records per API, from 0 to 1000000
         * @return this builder
         */
        public Builder generate(int records) {
            if (records < 0 || records > 1_000_000) {
                throw new IllegalArgumentException("generate must be from 0 to 1000000, was " + records);
            }
            this.generate = records;
            return this;
        }

        /**
         * The tokens the server accepts (default: any non-empty token).
         *
         * @param tokens the accepted tokens
         * @return this builder
         */
        public Builder tokens(String... tokens) {
            this.tokens = List.of(tokens);
            return this;
        }

        /**
         * Accepts {@code SDK-HMAC-SHA256} signatures by this key pair (repeatable).
         *
         * @param accessKey the access key
         * @param secretKey its secret key
         * @return this builder
         */
        public Builder accessKey(String accessKey, String secretKey) {
            if (accessKey == null || accessKey.isEmpty() || secretKey == null || secretKey.isEmpty()) {
                throw new IllegalArgumentException("an access key and its secret key must both be non-empty");
            }
            accessKeys.put(accessKey, secretKey);
            return this;
        }

        /**
         * Whether the server honours the {@code Prefer} header (default true).
         *
         * @param prefer whether {@code Prefer} is honoured
         * @return this builder
         */
        public Builder prefer(boolean prefer) {
            this.prefer = prefer;
            return this;
        }

        /**
         * Whether the journal records requests (default true).
         *
         * @param journal whether requests are recorded
         * @return this builder
         */
        public Builder journal(boolean journal) {
            this.journal = journal;
            return this;
        }

        /**
         * The project id of the client builder (default {@value ImageApisServer#DEFAULT_PROJECT_ID}).
         *
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = Objects.requireNonNull(projectId, "projectId");
            return this;
        }

        /**
         * The region of the client builder (default {@value ImageApisServer#DEFAULT_REGION}).
         *
         * @param region the region ID
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * The clock AK/SK signatures are checked against (default the system clock).
         *
         * @param clock the clock signatures are checked against
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return a server with this configuration, not started */
        public ImageApisServer build() {
            return new ImageApisServer(copy());
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.host = host;
            copy.port = port;
            copy.datasetLocation = datasetLocation;
            copy.dataset = dataset;
            copy.generate = generate;
            copy.tokens = List.copyOf(tokens);
            copy.accessKeys.putAll(accessKeys);
            copy.prefer = prefer;
            copy.journal = journal;
            copy.projectId = projectId;
            copy.region = region;
            copy.clock = clock;
            return copy;
        }

        ApplicationCache.Key applicationKey() {
            return new ApplicationCache.Key(datasetSource(), generate, tokens, Map.copyOf(accessKeys), clock, prefer);
        }

        /**
         * What identifies the dataset: the built-in one, a class path resource (with its class loader), a file (with
         * its size and time, so that an edited file is read again) or a given dataset (by identity).
         */
        private Object datasetSource() {
            if (dataset != null) {
                return new Identity(dataset);
            }
            if (datasetLocation == null) {
                return "built-in";
            }
            if (datasetLocation.startsWith("classpath:")) {
                return List.of(datasetLocation, new Identity(classLoader()));
            }
            Path file = Path.of(datasetLocation.startsWith("file:") ? datasetLocation.substring(5) : datasetLocation)
                    .toAbsolutePath();
            try {
                return List.of(file.toString(), Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                return new Identity(new Object()); // unreadable: never shared; reading it reports the problem
            }
        }

        private static ClassLoader classLoader() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return loader != null ? loader : ImageApisServer.class.getClassLoader();
        }

        /** Equal to another only for the same object. */
        private record Identity(Object object) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Identity identity && identity.object == object;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(object);
            }
        }

        private Dataset dataset() {
            Dataset base;
            if (dataset != null) {
                base = dataset;
            } else if (datasetLocation == null) {
                base = DatasetLoader.builtIn();
            } else {
                base = load(datasetLocation);
            }
            return generate == 0 ? base : base.plus(SyntheticData.generate(generate));
        }

        private static Dataset load(String location) {
            try {
                if (location.startsWith("classpath:")) {
                    String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                    try (InputStream in = classLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "dataset " + location + ": no such resource on the class path");
                        }
                        return DatasetLoader.parse(in.readAllBytes());
                    }
                }
                String file = location.startsWith("file:") ? location.substring("file:".length()) : location;
                return DatasetLoader.load(Path.of(file));
            } catch (DatasetException e) {
                throw new IllegalStateException("dataset " + location + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("dataset " + location + ": " + e.getMessage(), e);
            }
        }

        private String datasetDescription() {
            String base = dataset != null
                    ? "given dataset"
                    : datasetLocation == null ? "built-in dataset" : "dataset " + datasetLocation;
            return generate == 0 ? base : base + " + " + generate + " generated records per API";
        }
    }

    /** The list form of the annotation's {@code AK:SK} pairs. */
    static List<String[]> accessKeyPairs(String[] pairs) {
        List<String[]> parsed = new ArrayList<>();
        for (String pair : pairs) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("accessKeys needs AK:SK pairs, both non-empty; got '"
                        + (colon < 0 ? "no colon" : pair.substring(0, colon) + ":…") + "'");
            }
            parsed.add(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        }
        return parsed;
    }
}
