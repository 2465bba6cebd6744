package org.imageapis.client;

import java.util.Objects;

/** {@link CredentialsProvider#fixed(Credentials)}; its {@code toString()} shows the redacted credentials. */
final class FixedCredentialsProvider implements CredentialsProvider {

    private final Credentials credentials;

    FixedCredentialsProvider(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public Credentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return credentials.toString();
    }
}
