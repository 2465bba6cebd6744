package org.imageapis.client.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import org.imageapis.client.RetryPolicy;
import org.imageapis.client.errors.ConnectionException;
import org.imageapis.client.errors.ImageApisException;
import org.imageapis.client.errors.InvalidResponseException;
import org.imageapis.client.errors.RequestTimeoutException;
import org.imageapis.client.errors.ServiceException;
import org.imageapis.signing.PercentEncoding;
import org.imageapis.signing.SignableRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the calls: encodes, authenticates, retries, logs and maps errors and bodies.
 *
 * <p>Why not the generated {@code ApiClient} of the {@code native} library: its request
 * interceptor sees an {@code HttpRequest.Builder} it cannot read, so an AK/SK signature would have
 * to be computed from a re-parsed URI; it builds one {@code HttpClient} per API; and it folds
 * connection failures, timeouts and error statuses into one {@code ApiException}. Retries, typed
 * errors and signing all need the decoded request and the raw outcome, so this class owns the
 * exchange (about as much code as the glue around the generated one would be) and the generated
 * models carry the data.
 */
public final class Transport {

    /** The response header that identifies a call to the provider's support. */
    public static final String X_REQUEST_ID = "X-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final String ACCEPT = "Accept";
    private static final String JSON = "application/json";
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

    private final Senders senders;
    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final Sleeper sleeper;
    private final RetryAfter retryAfter;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;

    /**
     * Built by {@code ImageApisClient} only.
     *
     * @param senders how calls are sent, by scheme
     * @param authenticator adds the credentials' headers to each attempt
     * @param retryPolicy when and how long to retry
     * @param requestTimeout the time allowed for each attempt
     * @param sleeper waits between attempts
     * @param clock reads {@code Retry-After} dates
     */
    public Transport(
            Senders senders,
            Authenticator authenticator,
            RetryPolicy retryPolicy,
            Duration requestTimeout,
            Sleeper sleeper,
            Clock clock) {
        this.senders = senders;
        this.authenticator = authenticator;
        this.retryPolicy = retryPolicy;
        this.requestTimeout = requestTimeout;
        this.sleeper = sleeper;
        this.retryAfter = new RetryAfter(clock);
        this.mapper = objectMapper();
        this.errors = new ErrorMapper(mapper);
    }

    /**
     * A new mapper configured as the client reads the generated models: unknown fields are ignored,
     * date-times keep their offset.
     *
     * @return the mapper
     */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * Sends a GET to {@code endpoint} (whose path, if any, prefixes the request's) and returns a 2xx response.
     *
     * @param endpoint the service's base URI
     * @param request the call
     * @return the 2xx response, body not yet mapped
     */
    public ApiResponse get(URI endpoint, ApiRequest request) {
        Target target = Target.of(endpoint, request);
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            Sender.Reply response;
            try {
                response = senders.forCall(target.plainHttp())
                        .send(target.uri(), headers(target, request), requestTimeout);
            } catch (HttpTimeoutException e) {
                if (!(e instanceof HttpConnectTimeoutException)) {
                    throw new RequestTimeoutException(
                            target.call() + " got no response within " + requestTimeout.toMillis() + " ms", e);
                }
                retryOrThrow(attempt, Optional.empty(), connectionFailure(target, e));
                continue;
            } catch (IOException e) {
                retryOrThrow(attempt, Optional.empty(), connectionFailure(target, e));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(target.call() + " was interrupted", e);
            }
            int status = response.status();
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "{} -> {} in {} ms (attempt {} of {})",
                        target.loggable(),
                        status,
                        (System.nanoTime() - started) / 1_000_000,
                        attempt,
                        retryPolicy.maxAttempts());
            }
            if (status / 100 == 2) {
                return new ApiResponse(target.call(), status, response.headers(), response.body());
            }
            ServiceException error = errors.map(
                    target.call(),
                    status,
                    response.headers().firstValue(X_REQUEST_ID).orElse(null),
                    response.body());
            if (!RETRYABLE_STATUSES.contains(status)) {
                throw error;
            }
            retryOrThrow(attempt, retryAfter.parse(response.headers().firstValue("Retry-After")), error);
        }
    }

    /**
     * Maps a success body onto a generated model.
     *
     * @param <T> the model
     * @param response the success response
     * @param type the model's class
     * @return the body as the model
     */
    public <T> T read(ApiResponse response, Class<T> type) {
        try {
            return mapper.readValue(response.body(), type);
        } catch (IOException e) {
            throw invalidBody(response, e);
        }
    }

    /**
     * Maps a success body onto a generic type, such as a list of models.
     *
     * @param <T> the type
     * @param response the success response
     * @param type the type's reference
     * @return the body as that type
     */
    public <T> T read(ApiResponse response, TypeReference<T> type) {
        try {
            return mapper.readValue(response.body(), type);
        } catch (IOException e) {
            throw invalidBody(response, e);
        }
    }

    private static InvalidResponseException invalidBody(ApiResponse response, IOException e) {
        return new InvalidResponseException(
                response.call() + " returned HTTP " + response.status()
                        + " with a body that does not match the API description"
                        + response.requestId()
                                .map(id -> " (request id " + id + ")")
                                .orElse("") + ": "
                        + e.getMessage(),
                e);
    }

    private static ConnectionException connectionFailure(Target target, IOException e) {
        return new ConnectionException(target.call() + " failed without a response: " + e, e);
    }

    /** Waits before the next attempt, or throws {@code failure} when no attempt is left or the wait is too long. */
    private void retryOrThrow(int attempt, Optional<Duration> requestedWait, ImageApisException failure) {
        if (attempt >= retryPolicy.maxAttempts()) {
            throw failure;
        }
        Duration wait = requestedWait.orElseGet(
                () -> retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
        if (wait.compareTo(retryPolicy.maxRetryAfter()) > 0) {
            throw failure;
        }
        LOG.debug("retrying in {} ms after: {}", wait.toMillis(), failure.getMessage());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** The headers of one attempt, in the order sent: {@code Accept}, the request's, then the credentials'. */
    private Map<String, String> headers(Target target, ApiRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ACCEPT, JSON);
        headers.putAll(request.headers());
        headers.putAll(authenticator.authenticate(() -> signable(target, request)));
        return headers;
    }

    /** The request as the signature covers it: decoded, with every header set above plus {@code Host}. */
    private static SignableRequest signable(Target target, ApiRequest request) {
        SignableRequest.Builder signable = SignableRequest.builder()
                .method("GET")
                .path(target.decodedPath())
                .header("Host", target.host())
                .header(ACCEPT, JSON);
        request.query().forEach(parameter -> signable.queryParameter(parameter.getKey(), parameter.getValue()));
        request.headers().forEach(signable::header);
        return signable.build();
    }

    /**
     * Where a request goes. {@code host} is what the senders send as {@code Host} (and so what
     * must be signed): the host, plus {@code :port} when the URI names one.
     */
    private record Target(URI uri, String decodedPath, String host) {

        static Target of(URI endpoint, ApiRequest request) {
            String basePath = endpoint.getRawPath() == null ? "" : stripTrailingSlash(endpoint.getRawPath());
            String decodedBasePath = endpoint.getPath() == null ? "" : stripTrailingSlash(endpoint.getPath());
            StringBuilder rawPath = new StringBuilder(basePath);
            StringBuilder decodedPath = new StringBuilder(decodedBasePath);
            for (String segment : request.pathSegments()) {
                rawPath.append('/').append(PercentEncoding.encode(segment));
                decodedPath.append('/').append(segment);
            }
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            for (Map.Entry<String, String> parameter : request.query()) {
                query.add(PercentEncoding.encode(parameter.getKey()) + "="
                        + PercentEncoding.encode(parameter.getValue()));
            }
            URI uri = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + rawPath + query);
            String host = endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
            return new Target(uri, decodedPath.toString(), host);
        }

        private static String stripTrailingSlash(String path) {
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }

        boolean plainHttp() {
            return "http".equals(uri.getScheme());
        }

        /** The call as exception messages name it: method and URL without the query. */
        String call() {
            return "GET " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        }

        /** The call as debug logs show it: the query holds filters and paging only, never credentials. */
        String loggable() {
            return "GET " + uri;
        }
    }
}
