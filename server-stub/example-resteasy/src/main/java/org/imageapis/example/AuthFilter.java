package org.imageapis.example;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.SignatureVerifier;
import org.imageapis.signing.SigningHeaders;
import org.imageapis.signing.VerificationResult;

/**
 * Lets a request through with an accepted {@code X-Auth-Token}, or else with a valid {@code SDK-HMAC-SHA256}
 * signature by a known access key (checked by the project's {@link SignatureVerifier}); answers 401 otherwise.
 *
 * <p>Not {@code @PreMatching}: it runs once a resource method matched, so an unknown path is a 404 and a wrong
 * method a 405 whatever the credentials. The 401 messages never repeat a token or a signature.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-Auth-Token";
    /** The most body a signature check reads; these GETs take none. */
    static final int MAX_SIGNED_BODY_BYTES = 1 << 20;

    private final ExampleServer.Credentials credentials;
    private final SignatureVerifier verifier;

    public AuthFilter(ExampleServer.Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.verifier = new SignatureVerifier(
                accessKey -> Optional.ofNullable(credentials.secretKeys().get(accessKey)), clock);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null) {
            if (!acceptsToken(token.trim())) {
                reject(request, "The X-Auth-Token is not valid.");
            }
            return;
        }
        if (request.getHeaderString(SigningHeaders.AUTHORIZATION) == null) {
            reject(request, "The request carries neither an X-Auth-Token nor an AK/SK signature.");
            return;
        }
        if (request.getLength() > MAX_SIGNED_BODY_BYTES) {
            request.abortWith(Errors.error(
                            413,
                            "The request body is over " + MAX_SIGNED_BODY_BYTES + " bytes; these APIs take no body.")
                    .build());
            return;
        }
        VerificationResult result = verifier.verify(signable(request));
        if (!result.isVerified()) {
            // The verifier's messages name what is wrong (unknown key, stale date), never the secret or signature.
            reject(request, "The AK/SK signature is not valid: " + result.message() + ".");
        }
    }

    /** Compares in constant time, so that the answer's timing does not tell how much of a token was right. */
    private boolean acceptsToken(String token) {
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        return !token.isEmpty()
                && credentials.tokens().stream()
                        .anyMatch(known -> MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), presented));
    }

    /** The request as the client signed it: method, decoded path and query, the headers as received, the body. */
    private static SignableRequest signable(ContainerRequestContext request) throws IOException {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(request.getMethod())
                .path(request.getUriInfo().getAbsolutePath().getPath())
                .queryParameters(request.getUriInfo().getQueryParameters(true));
        request.getHeaders().forEach((name, values) -> builder.header(name, String.join(",", values)));
        // Go by Content-Length: a body-less GET may well carry a Content-Type, and reading would wait for a body.
        if (request.getLength() > 0) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            builder.body(body);
        }
        return builder.build();
    }

    private static void reject(ContainerRequestContext request, String message) {
        request.abortWith(Errors.error(401, message).build());
    }
}
