package org.imageapis.conformance.proxy;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imageapis.conformance.Severity;
import org.imageapis.conformance.Violation;

/** One request and its answer as they pass the proxy: what arrived so far and what the checks found. */
final class Exchange {

    /** The count of error-severity violations, on every answer that has any. */
    static final String VIOLATIONS_HEADER = "X-Conformance-Violations";
    /** One header line per error-severity violation, {@code <rule> <pointer>}, the first {@value #LISTED} of them. */
    static final String VIOLATION_HEADER = "X-Conformance-Violation";

    private static final int LISTED = 20;

    final HttpRequest request;
    /** The target in origin form (path and query), or {@code null} when the request's target is not a path. */
    final String target;

    final boolean keepAlive;
    final BodyBuffer requestBody;
    /** Where the request goes; {@code null} for the report path and bad targets, which the proxy answers itself. */
    Router.Route route;

    boolean signed;
    boolean requestComplete;
    boolean requestStreaming;
    /** The proxy answered, or began to answer: what else the client sends of this request is dropped. */
    boolean answered;

    String operationId;
    final List<Violation> violations = new ArrayList<>(0);
    final List<NotValidated> notValidated = new ArrayList<>(0);

    HttpResponse response;
    BodyBuffer responseBody;
    /** The answer's head went to the client before its body was complete: the body streams through unvalidated. */
    boolean responseStreaming;

    Exchange(HttpRequest request, String target, long maxBodySize) {
        this.request = request;
        this.target = target;
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.requestBody = new BodyBuffer(maxBodySize);
    }

    HttpMethod method() {
        return request.method();
    }

    /** The path without the query, for log lines (queries are left out of logs). */
    String path() {
        return target == null ? request.uri() : Router.pathOf(target);
    }

    /** A request for the proxy's report, which is answered and never forwarded or counted. */
    boolean isReportRequest() {
        return target != null
                && (target.equals(ValidatingProxy.REPORT_PATH) || target.startsWith(ValidatingProxy.REPORT_PATH + "?"));
    }

    /** {@code swr listSharedRepositories}, as the report names operations. */
    String logName() {
        return OperationReport.name(route == null ? null : route.api(), operationId);
    }

    boolean isHead() {
        return HttpMethod.HEAD.equals(request.method());
    }

    /** Marks an answer with its violations, when it has error-severity ones. */
    void markViolations(HttpHeaders headers) {
        List<Violation> errors =
                violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return;
        }
        headers.setInt(VIOLATIONS_HEADER, errors.size());
        errors.stream()
                .limit(LISTED)
                .forEach(v -> headers.add(
                        VIOLATION_HEADER,
                        v.rule().id() + " " + headerSafe(v.pointer().isEmpty() ? "/" : v.pointer())));
    }

    ExchangeRecord record(int upstreamStatus, ProxyError proxyError) {
        return new ExchangeRecord(
                route == null ? null : route.api(),
                operationId,
                upstreamStatus,
                violations,
                notValidated,
                proxyError == null ? null : proxyError.code());
    }

    /**
     * The log line of an exchange with violations: {@code swr listSharedRepositories GET /v2/... -> 200: 2
     * violations: type at /0/size, unknown-field at /0/extra}; warnings are marked as such.
     */
    String logLine(int status) {
        String listed = violations.stream()
                .limit(LISTED)
                .map(v -> (v.severity() == Severity.WARNING ? "warning " : "")
                        + v.rule().id() + " at " + (v.pointer().isEmpty() ? "(root)" : v.pointer()))
                .collect(Collectors.joining(", "));
        String more = violations.size() > LISTED ? ", and " + (violations.size() - LISTED) + " more" : "";
        String line = logName() + " " + method() + " " + path() + " -> " + status + ": " + violations.size()
                + (violations.size() == 1 ? " violation: " : " violations: ") + listed + more;
        return oneLine(line);
    }

    /** A log line stays one line whatever a drifting body's field names or a request path hold. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** Header values are visible ASCII: anything else in a pointer (a field name from the body) is percent-encoded. */
    private static String headerSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '%') {
                safe.append((char) c);
            } else {
                safe.append('%').append(String.format("%02X", c));
            }
        }
        return safe.toString();
    }
}
