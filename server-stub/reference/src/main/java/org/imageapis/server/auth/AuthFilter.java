package org.imageapis.server.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import org.imageapis.server.http.ErrorResponses;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.SignatureVerifier;
import org.imageapis.signing.SigningHeaders;
import org.imageapis.signing.VerificationResult;

/**
 * Lets a request through when it carries an accepted {@code X-Auth-Token}, or else a valid
 * SDK-HMAC-SHA256 signature by a known access key; answers 401 otherwise. Runs after matching, so
 * unknown routes and wrong methods are 404/405 whatever the credentials.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-Auth-Token";
    /** The most body a signature check reads into memory; these APIs take no body at all. */
    static final long MAX_SIGNED_BODY_BYTES = 1 << 20;

    private final Credentials credentials;
    private final SignatureVerifier verifier;

    /**
     * @param credentials the accepted tokens and key pairs
     * @param clock       the clock signatures are checked against
     */
    public AuthFilter(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.verifier = new SignatureVerifier(credentials::secretKey, clock, SignatureVerifier.DEFAULT_MAX_CLOCK_SKEW);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null) {
            if (!credentials.acceptsToken(token.trim())) {
                reject(request, "The X-Auth-Token is not valid.");
            }
            return;
        }
        if (request.getHeaderString(SigningHeaders.AUTHORIZATION) == null) {
            reject(request, "The request carries neither an X-Auth-Token nor an AK/SK signature.");
            return;
        }
        if (request.getLength() > MAX_SIGNED_BODY_BYTES) {
            request.abortWith(ErrorResponses.error(
                            413,
                            request.getUriInfo(),
                            "The request body is larger than " + MAX_SIGNED_BODY_BYTES
                                    + " bytes; these APIs take no body.")
                    .build());
            return;
        }
        VerificationResult result = verifier.verify(signable(request));
        if (!result.isVerified()) {
            reject(request, "The AK/SK signature is not valid: " + result.message() + ".");
        }
    }

    /** The request as the client signed it: decoded path and query, headers as received, the body. */
    private static SignableRequest signable(ContainerRequestContext request) throws IOException {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(SentMethodFilter.sentMethod(request))
                .path(request.getUriInfo().getAbsolutePath().getPath())
                .queryParameters(request.getUriInfo().getQueryParameters(true));
        MultivaluedMap<String, String> headers = request.getHeaders();
        headers.forEach((name, values) -> builder.header(name, String.join(",", values)));
        // hasEntity() is true for a body-less GET with Content-Type (real clients send one), and
        // reading would then wait for a body that never comes: go by Content-Length instead.
        if (request.getLength() > 0) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            builder.body(body);
        }
        return builder.build();
    }

    private static void reject(ContainerRequestContext request, String message) {
        request.abortWith(
                ErrorResponses.error(401, request.getUriInfo(), message).build());
    }
}
