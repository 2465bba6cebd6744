package org.imageapis.conformance.tck;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;

/**
 * The server test kit (TCK): runs the {@link CheckName checks} against a server that implements some of the image
 * APIs and reports, per check and operation, whether it answers as the specs and the providers' pages say. What
 * the checks know of each parameter's meaning comes from the specs' semantic extensions, so any dataset works.
 *
 * <pre>{@code
 * TckReport report = ServerTestKit.builder()
 *         .api(Specs.Api.SWR, URI.create("http://127.0.0.1:8080"))
 *         .token("my-token")
 *         .build()
 *         .run();
 * report.results().forEach(r -> System.out.println(r.outcome() + " " + r.name() + ": " + r.reason()));
 * }</pre>
 */
public final class ServerTestKit {

    private static final List<Check> CHECKS = List.of(
            new DocRequestsCheck(),
            new PagingCheck(),
            new FiltersCheck(),
            new SortingCheck(),
            new BoundsCheck(),
            new AuthCheck(),
            new FuzzCheck());
    private static final List<Check.Observer> OBSERVERS = List.of(new SchemaCheck(), new HeadersCheck());

    private final TckSettings settings;

    private ServerTestKit(TckSettings settings) {
        this.settings = settings;
    }

    /** @return a builder: add an API and credentials */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the selected checks against every selected API, one after the other, and reports them all.
     *
     * @return the report of every check, operation and API
     * @throws UnreachableServerException if a base URL accepts no connection
     */
    public TckReport run() {
        settings.baseUrls().forEach(this::requireReachable);
        Instant start = settings.clock().instant();
        List<CaseResult> results = new ArrayList<>();
        settings.baseUrls().forEach((api, url) -> results.addAll(run(api, url)));
        return new TckReport(results, Duration.between(start, settings.clock().instant()));
    }

    private List<CaseResult> run(Specs.Api api, URI url) {
        ConformanceValidator validator = ConformanceValidator.forApi(api);
        List<Exchange> journal = new ArrayList<>();
        List<CaseResult> results = new ArrayList<>();
        try (Sender sender = new Sender(url, settings, journal)) {
            ApiUnderTest target =
                    new ApiUnderTest(api, settings.strict() ? validator.strict() : validator, sender, settings);
            for (OperationSemantics operation : target.operations()) {
                List<CaseResult> cases = new ArrayList<>();
                CHECKS.stream()
                        .filter(check -> settings.checks().contains(check.name()))
                        .forEach(check -> cases.add(run(check, target, operation)));
                if (cases.isEmpty()) {
                    sendBaselineTraffic(target, operation);
                }
                List<Exchange> exchanges = journal.stream()
                        .filter(e ->
                                e.operationId().equals(operation.operation().id()))
                        .toList();
                OBSERVERS.stream()
                        .filter(observer -> settings.checks().contains(observer.name()))
                        .forEach(observer -> cases.add(observer.judge(target, operation, exchanges)));
                cases.sort(Comparator.comparing(CaseResult::check));
                results.addAll(cases);
            }
        }
        return results;
    }

    private CaseResult run(Check check, ApiUnderTest api, OperationSemantics operation) {
        if (check.name().needsCredentials() && !settings.hasCredentials()) {
            return new Verdict(check.name(), api, operation.operation())
                    .skipped("needs credentials: pass --token or --access-key");
        }
        try {
            return check.run(api, operation);
        } catch (RuntimeException e) {
            Verdict verdict = new Verdict(check.name(), api, operation.operation());
            verdict.fail("the check could not run: " + e);
            return verdict.result("");
        }
    }

    /** With only the observers selected, they judge a baseline request with and without credentials. */
    private void sendBaselineTraffic(ApiUnderTest api, OperationSemantics operation) {
        TckRequest baseline = api.baseline(operation.operation()).build();
        if (settings.hasCredentials()) {
            api.sender().send(CheckName.SCHEMA, operation.operation(), baseline);
        }
        api.sender().send(CheckName.SCHEMA, operation.operation(), baseline.withAuth(Auth.NONE, baseline.headers()));
    }

    private void requireReachable(Specs.Api api, URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(url.getHost(), port),
                    Math.toIntExact(settings.timeout().toMillis()));
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreachableServerException("cannot reach " + url + " (" + api.id() + "): " + e.getMessage(), e);
        }
    }

    /** Settings of a run; every one but the base URLs has a default. */
    public static final class Builder {
        private final Map<Specs.Api, URI> baseUrls = new EnumMap<>(Specs.Api.class);
        private String token;
        private AkSkCredentials accessKey;
        private String projectId = "0123456789abcdef0123456789abcdef";
        private String region = "cn-north-4";
        private TckSettings.HssImage hssImage;
        private int requestsPerOperation = 500;
        private long seed = 20_261_130L;
        private Set<CheckName> checks = EnumSet.allOf(CheckName.class);
        private boolean strict;
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofSeconds(10);

        private Builder() {}

        /**
         * Tests this API at this base URL (scheme, host, port and an optional path prefix).
         *
         * @param api the API
         * @param baseUrl its base URL
         * @return this builder
         */
        public Builder api(Specs.Api api, URI baseUrl) {
            if (baseUrl.getHost() == null || !Set.of("http", "https").contains(String.valueOf(baseUrl.getScheme()))) {
                throw new IllegalArgumentException("not an http or https base URL: " + baseUrl);
            }
            baseUrls.put(api, baseUrl);
            return this;
        }

        /**
         * Sends this token in {@code X-Auth-Token}; it wins over an access key for the checks' own requests.
         *
         * @param newToken the IAM token
         * @return this builder
         */
        public Builder token(String newToken) {
            this.token = newToken;
            return this;
        }

        /**
         * Signs requests with this key pair (without a token), and lets the auth check test signatures.
         *
         * @param newAccessKey the key pair
         * @return this builder
         */
        public Builder accessKey(AkSkCredentials newAccessKey) {
            this.accessKey = newAccessKey;
            return this;
        }

        /**
         * The project id for {@code project_id} paths (default: a placeholder of 32 hex digits).
         *
         * @param newProjectId the project id
         * @return this builder
         */
        public Builder projectId(String newProjectId) {
            this.projectId = Objects.requireNonNull(newProjectId);
            return this;
        }

        /**
         * The region for HSS's {@code region} header (default {@code cn-north-4}).
         *
         * @param newRegion the region ID
         * @return this builder
         */
        public Builder region(String newRegion) {
            this.region = Objects.requireNonNull(newRegion);
            return this;
        }

        /**
         * The HSS image to look up (default: the doc example's image, {@code 111} of type {@code cicd}).
         *
         * @param id the image's id
         * @param type its type, such as {@code cicd}
         * @return this builder
         */
        public Builder hssImage(String id, String type) {
            this.hssImage = new TckSettings.HssImage(id, type);
            return this;
        }

        /**
         * Generated requests per operation for the fuzz check (default 500).
         *
         * @param requests requests per operation, at least 1
         * @return this builder
         */
        public Builder requestsPerOperation(int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("the number of requests must be at least 1");
            }
            this.requestsPerOperation = requests;
            return this;
        }

        /**
         * The fuzz check's seed; the same seed sends the same requests.
         *
         * @param newSeed the seed
         * @return this builder
         */
        public Builder seed(long newSeed) {
            this.seed = newSeed;
            return this;
        }

        /**
         * The checks to run (default: all).
         *
         * @param selected the checks
         * @return this builder
         */
        public Builder checks(Set<CheckName> selected) {
            this.checks = selected.isEmpty() ? EnumSet.noneOf(CheckName.class) : EnumSet.copyOf(selected);
            return this;
        }

        /**
         * Undeclared fields and parameters are failures, not warnings.
         *
         * @param newStrict whether undeclared fields and parameters fail
         * @return this builder
         */
        public Builder strict(boolean newStrict) {
            this.strict = newStrict;
            return this;
        }

        /**
         * The clock signatures are dated by.
         *
         * @param newClock the clock
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock);
            return this;
        }

        /**
         * The connect and read timeout of each request (default 10 s).
         *
         * @param newTimeout the timeout
         * @return this builder
         */
        public Builder timeout(Duration newTimeout) {
            this.timeout = Objects.requireNonNull(newTimeout);
            return this;
        }

        /** @return the kit; {@link #run()} sends the requests */
        public ServerTestKit build() {
            if (baseUrls.isEmpty()) {
                throw new IllegalStateException("no API to test: give at least one base URL");
            }
            return new ServerTestKit(new TckSettings(
                    Collections.unmodifiableMap(new EnumMap<>(baseUrls)),
                    Optional.ofNullable(token),
                    Optional.ofNullable(accessKey),
                    projectId,
                    region,
                    Optional.ofNullable(hssImage),
                    requestsPerOperation,
                    seed,
                    checks,
                    strict,
                    clock,
                    timeout));
        }
    }
}
