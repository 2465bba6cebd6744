package org.imageapis.conformance.tck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.semantics.OperationSemantics;

/**
 * A request without credentials gets 401 with an {@code ErrorResponse}. With an access key: a correctly signed
 * request is accepted, and a signature that is wrong, made two hours ago (gateways allow 15 minutes) or leaves the
 * {@code host} unsigned gets 401.
 */
final class AuthCheck implements Check {

    /** Well past the 15 minutes of clock skew the providers' gateways allow. */
    private static final Duration STALE = Duration.ofHours(2);

    @Override
    public CheckName name() {
        return CheckName.AUTH;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        TckRequest baseline = api.baseline(operation.operation()).build();
        expect401(api, operation, "without credentials", baseline.withAuth(Auth.NONE, baseline.headers()), verdict);
        if (api.settings().accessKey().isEmpty()) {
            return verdict.result("no credentials -> 401; signatures not checked (no --access-key)");
        }
        Instant now = api.settings().clock().instant();
        Exchange signed = api.sender().send(name(), operation.operation(), signedAt(api, baseline, now, true, false));
        if (signed.status() / 100 != 2) {
            verdict.fail("a correctly signed request: expected a 2xx, got " + signed.describe());
        } else {
            verdict.note("a correctly signed request -> " + signed.status());
        }
        expect401(api, operation, "a wrong signature", signedAt(api, baseline, now, true, true), verdict);
        expect401(
                api,
                operation,
                "a signature made " + STALE.toHours() + " hours ago",
                signedAt(api, baseline, now.minus(STALE), true, false),
                verdict);
        expect401(
                api,
                operation,
                "a signature that leaves host unsigned",
                signedAt(api, baseline, now, false, false),
                verdict);
        return verdict.result(
                "no credentials, a wrong, a stale and a host-less signature -> 401; a correct one accepted");
    }

    private void expect401(
            ApiUnderTest api, OperationSemantics operation, String what, TckRequest request, Verdict verdict) {
        Exchange exchange = api.sender().send(name(), operation.operation(), request);
        if (exchange.status() != 401) {
            verdict.fail(what + ": expected 401, got " + exchange.describe());
        } else if (!exchange.hasErrorBody()) {
            verdict.fail(what + ": a 401 without an ErrorResponse body");
        } else {
            verdict.note(what + " -> 401");
        }
    }

    /** The baseline signed at {@code at}, with or without {@code host}, its signature spoiled if told to. */
    private static TckRequest signedAt(
            ApiUnderTest api, TckRequest baseline, Instant at, boolean signHost, boolean spoil) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(baseline.headers());
        api.sender()
                .signature(baseline.method(), baseline.target(), baseline.headers(), at, signHost)
                .forEach((name, value) -> headers.add(
                        Map.entry(name, spoil && name.equals("Authorization") ? spoilSignature(value) : value)));
        return baseline.withAuth(Auth.IN_HEADERS, headers);
    }

    /** The same header with the signature's last hex digit changed. */
    private static String spoilSignature(String authorization) {
        char last = authorization.charAt(authorization.length() - 1);
        return authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0');
    }
}
