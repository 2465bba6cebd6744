package org.imageapis.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.imageapis.client.http.Endpoints;
import org.imageapis.client.http.Senders;
import org.imageapis.client.http.ServiceContext;
import org.imageapis.client.http.Sleeper;
import org.imageapis.client.http.Transport;

/**
 * The entry point: one client per cloud, region, project and credentials, with an accessor per
 * service ({@link ServiceAccessors}, generated from the specs). Immutable and thread-safe; share one instance.
 *
 * <pre>{@code
 * ImageApisClient client = ImageApisClient.builder()
 *         .cloud(Cloud.OPEN_TELEKOM_CLOUD).region("eu-de").projectId(projectId)
 *         .credentials(Credentials.token(token))
 *         .build();
 * client.swr().listAllSharedRepositories(request).forEach(System.out::println);
 * }</pre>
 */
public final class ImageApisClient implements ServiceAccessors {

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(60);

    static {
        ServiceContext.open(ImageApisClient::context);
    }

    private final Cloud cloud;
    private final String region;
    private final String projectId;
    private final CredentialsProvider credentials;
    private final Map<Service, URI> endpoints;
    private final Map<Service, String> unresolved;
    private final Transport transport;

    private ImageApisClient(Builder builder, Map<Service, URI> endpoints, Map<Service, String> unresolved) {
        this.cloud = builder.cloud;
        this.region = builder.region;
        this.projectId = builder.projectId;
        this.credentials = builder.credentials;
        this.endpoints = endpoints;
        this.unresolved = unresolved;
        Senders senders = builder.httpClient != null
                ? Senders.callers(builder.httpClient)
                : Senders.own(Objects.requireNonNullElse(builder.connectTimeout, DEFAULT_CONNECT_TIMEOUT));
        this.transport = new Transport(
                senders,
                new CredentialsAuthenticator(credentials, projectId, builder.clock),
                builder.retryPolicy,
                builder.requestTimeout,
                builder.sleeper,
                builder.clock);
    }

    /** @return a builder; cloud, region and credentials are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param service the service
     * @return the endpoint calls to it go to
     * @throws IllegalStateException when the region is not in the catalog and no endpoint was set for it
     */
    public URI endpoint(Service service) {
        URI endpoint = endpoints.get(service);
        if (endpoint == null) {
            throw new IllegalStateException(unresolved.get(service));
        }
        return endpoint;
    }

    /**
     * What the service classes need, handed to them through {@link ServiceContext} (see there why). The endpoint
     * was checked where it came in: the builder's override, the catalog, or {@code ServiceContext.of}.
     */
    private ServiceContext context(String serviceName, URI endpoint) {
        return new ServiceContext(serviceName, transport, endpoint, projectId, region);
    }

    @Override
    public String toString() {
        return "ImageApisClient[cloud=" + cloud + ", region=" + region + ", projectId=" + projectId + ", credentials="
                + credentials + ", endpoints=" + endpoints + "]";
    }

    /** Configures an {@link ImageApisClient}; obtained from {@link #builder()}. */
    public static final class Builder {
        private Cloud cloud;
        private String region;
        private String projectId;
        private CredentialsProvider credentials;
        private final Map<Service, URI> endpointOverrides = new EnumMap<>(Service.class);
        private HttpClient httpClient;
        private Duration connectTimeout;
        private Duration requestTimeout = Duration.ofSeconds(120);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.THREAD;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Required: the cloud whose endpoint catalog applies.
         *
         * @param cloud the cloud
         * @return this builder
         */
        public Builder cloud(Cloud cloud) {
            this.cloud = Objects.requireNonNull(cloud, "cloud");
            return this;
        }

        /**
         * Required: the region ID, such as {@code cn-north-4} or {@code eu-de}; also HSS's {@code region} header.
         *
         * @param region the region ID
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * The project ID; ModelArts, Workspace and HSS need it, and AK/SK calls send it as {@code X-Project-Id}.
         *
         * @param projectId the project ID
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * An IAM token or AK/SK that stays the same for the client's life; this or
         * {@link #credentialsProvider(CredentialsProvider)} is required.
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            return credentialsProvider(CredentialsProvider.fixed(credentials));
        }

        /**
         * Credentials that change over the client's life, such as a refreshed IAM token or rotating
         * temporary AK/SK: the provider is asked before every attempt, retries included.
         *
         * @param credentialsProvider the provider
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            this.credentials = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
            return this;
        }

        /**
         * Sends calls to {@code service} to this base URI (scheme, host, optional port and path
         * prefix) instead of the catalog's: for private deployments, proxies and tests.
         *
         * @param service the service
         * @param endpoint its base URI
         * @return this builder
         */
        public Builder endpoint(Service service, URI endpoint) {
            Objects.requireNonNull(service, "service");
            endpointOverrides.put(service, Endpoints.check(service, endpoint));
            return this;
        }

        /**
         * Sends every call with this {@code HttpClient} (for a proxy, TLS settings or an executor).
         * Without it, the client sends https calls with a java.net.http {@code HttpClient} of its
         * own and plain-http calls with {@code HttpURLConnection}, on the calling thread. Its connect
         * timeout, proxy, TLS, redirect policy and executor apply; {@link #requestTimeout(Duration)}
         * still applies to each attempt. Plain {@code http} endpoints are called with HTTP/1.1
         * whatever its version; over {@code https} its version applies (the default, HTTP/2, is
         * taken where the server offers it). It is not closed by this client. Not combinable with
         * {@link #connectTimeout(Duration)}: set that on the {@code HttpClient}.
         *
         * @param httpClient the caller's client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Time allowed to open a connection (default 60 s, as the provider's SDK), for the
         * connections the client opens itself (not with {@link #httpClient(HttpClient)}).
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Time allowed for each attempt, from sending to the response headers (default 120 s, as the
         * SDK's read timeout). For plain-http calls without {@link #httpClient(HttpClient)}: the
         * longest wait for any byte of the answer, body included.
         *
         * @param requestTimeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * Retries (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#disabled()} turns them off).
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** For tests: waits between attempts. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** For tests: the clock signatures are dated with. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the client, immutable
         * @throws IllegalArgumentException when cloud, region or credentials are missing, when both an
         *
         *         {@code HttpClient} and a connect timeout are set, or when the region is not in the
         *         catalog and no endpoint is set
         */
        public ImageApisClient build() {
            if (cloud == null || region == null || credentials == null) {
                throw new IllegalArgumentException("cloud, region and credentials are required");
            }
            if (httpClient != null && connectTimeout != null) {
                throw new IllegalArgumentException("connectTimeout applies to the HttpClient this client builds; "
                        + "set it on the HttpClient given to httpClient(...) instead");
            }
            Map<Service, URI> endpoints = new EnumMap<>(endpointOverrides);
            Map<Service, String> unresolved = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                if (!endpoints.containsKey(service)) {
                    try {
                        endpoints.put(service, EndpointCatalog.defaultCatalog().endpoint(cloud, region, service));
                    } catch (IllegalArgumentException unknownRegion) {
                        if (endpointOverrides.isEmpty()) {
                            throw unknownRegion;
                        }
                        unresolved.put(
                                service, service.displayName() + " has no endpoint: " + unknownRegion.getMessage());
                    }
                }
            }
            return new ImageApisClient(this, endpoints, unresolved);
        }

        private static Duration positive(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
