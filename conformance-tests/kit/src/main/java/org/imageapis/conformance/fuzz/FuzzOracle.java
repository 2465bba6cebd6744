package org.imageapis.conformance.fuzz;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.http.Auth;

/**
 * Judges a server's status for a generated request by what the spec says of the request. Valid requests (by the
 * validator, with valid credentials and an RFC 3986 target) must get a 2xx, invalid ones a 4xx, none a 5xx. What the
 * specs leave open is a warning: a repeated single-valued query parameter or an empty query value accepted (many
 * frameworks read the first value, or an empty one as absent), {@code HEAD} or {@code OPTIONS} answered 2xx, and a
 * valid request refused (a server may check more than the spec states, such as ranges given only in prose).
 */
public final class FuzzOracle {

    private final ConformanceValidator validator;

    /** @param validator checks the fuzzed requests against the spec */
    public FuzzOracle(ConformanceValidator validator) {
        this.validator = validator;
    }

    /** What the oracle makes of an answer. */
    public enum Kind {
        /** As the spec says. */
        OK,
        /** Something the spec leaves open, done one way. */
        WARNING,
        /** Against the spec. */
        FAILURE
    }

    /**
     * The oracle's judgement.
     *
     * @param kind   ok, warning or failure
     * @param valid  whether the spec allows the request
     * @param reason why it is a warning or failure (one phrase), or {@code ""}
     */
    public record Judgement(Kind kind, boolean valid, String reason) {}

    /**
     * Whether the spec allows the request: valid credentials, a well-formed target, parameters as declared.
     *
     * @param request the request sent
     * @return whether the spec allows it
     */
    public boolean isValid(FuzzRequest request) {
        return request.auth() == Auth.VALID
                && wellFormed(request.target())
                && report(request).isValid();
    }

    /**
     * Judges the status the server answered the request with.
     *
     * @param request the request sent
     * @param status the status the server answered
     * @return the judgement
     */
    public Judgement judge(FuzzRequest request, int status) {
        boolean valid = isValid(request);
        if (status < 200 || status >= 500 || status / 100 == 3) {
            return new Judgement(Kind.FAILURE, valid, "answered " + status + ", neither a 2xx nor a 4xx");
        }
        boolean accepted = status / 100 == 2;
        if (accepted && (request.method().equals("HEAD") || request.method().equals("OPTIONS"))) {
            return new Judgement(
                    Kind.WARNING,
                    valid,
                    request.method() + " answered " + status + " (the specs leave " + request.method() + " open)");
        }
        if (valid && !accepted) {
            return new Judgement(Kind.WARNING, true, "valid by the spec, refused with " + status);
        }
        if (!valid && accepted) {
            Mutation mutation = request.mutation();
            if (mutation.kind() == Mutation.Kind.REPEATED && mutation.in().equals("query")) {
                return new Judgement(Kind.WARNING, false, "a repeated query parameter accepted");
            }
            if (mutation.isEmptyQueryValue()) {
                return new Judgement(Kind.WARNING, false, "an empty query value accepted");
            }
            return new Judgement(
                    Kind.FAILURE,
                    false,
                    "invalid by the spec (" + firstProblem(request) + "), accepted with " + status);
        }
        return new Judgement(Kind.OK, valid, "");
    }

    private String firstProblem(FuzzRequest request) {
        if (request.auth() != Auth.VALID) {
            return request.auth() == Auth.NONE ? "no credentials" : "invalid credentials";
        }
        if (!wellFormed(request.target())) {
            return "not an RFC 3986 target";
        }
        return report(request).errors().stream()
                .findFirst()
                .map(v -> v.describe())
                .orElse(request.mutation().toString());
    }

    private ValidationReport report(FuzzRequest request) {
        Headers headers = Headers.none();
        for (Map.Entry<String, String> header : request.headers()) {
            headers = headers.with(header.getKey(), header.getValue());
        }
        // JAX-RS and most frameworks answer HEAD wherever there is a GET (RFC 9110 9.3.2); judge it as that GET.
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        return validator.validateRequest(new RecordedRequest(method, request.target(), headers));
    }

    /**
     * Whether the target is a URI at all. The validator reads a malformed escape ({@code %zz}) as literal text, as
     * lenient clients do; RFC 3986 makes such a target invalid.
     */
    private static boolean wellFormed(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
