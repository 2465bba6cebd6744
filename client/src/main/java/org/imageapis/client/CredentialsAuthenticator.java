package org.imageapis.client;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.imageapis.client.errors.CredentialsException;
import org.imageapis.client.http.Authenticator;
import org.imageapis.signing.SignableRequest;
import org.imageapis.signing.Signer;
import org.imageapis.signing.SigningHeaders;

/** Applies the provider's current {@link Credentials} as the provider's SDK does, once per attempt. */
final class CredentialsAuthenticator implements Authenticator {

    static final String X_AUTH_TOKEN = "X-Auth-Token";

    private final CredentialsProvider provider;
    private final String projectId;
    private final Clock clock;
    private final Signer signer = new Signer();

    CredentialsAuthenticator(CredentialsProvider provider, String projectId, Clock clock) {
        this.provider = provider;
        this.projectId = projectId;
        this.clock = clock;
    }

    @Override
    public Map<String, String> authenticate(Supplier<SignableRequest> request) {
        Credentials credentials = resolve();
        if (credentials instanceof Credentials.Token token) {
            return Map.of(X_AUTH_TOKEN, token.value());
        }
        Credentials.AccessKey accessKey = (Credentials.AccessKey) credentials;
        // Like the SDK, an AK/SK call names its project in a signed X-Project-Id header.
        SignableRequest toSign = projectId == null
                ? request.get()
                : request.get().toBuilder()
                        .header(SigningHeaders.X_PROJECT_ID, projectId)
                        .build();
        Map<String, String> headers = new LinkedHashMap<>();
        if (projectId != null) {
            headers.put(SigningHeaders.X_PROJECT_ID, projectId);
        }
        headers.putAll(signer.sign(toSign, accessKey.keys(), clock.instant()));
        return headers;
    }

    private Credentials resolve() {
        Credentials credentials;
        try {
            credentials = provider.resolveCredentials();
        } catch (RuntimeException e) {
            throw new CredentialsException(
                    "the credentials provider failed: " + e.getClass().getName(), e);
        }
        if (credentials == null) {
            throw new CredentialsException("the credentials provider returned no credentials", null);
        }
        return credentials;
    }
}
