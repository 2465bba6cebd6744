package org.imageapis.client;

/**
 * Supplies the {@link Credentials} of each attempt, so that credentials which change over a
 * client's life (an IAM token refreshed before it expires, temporary AK/SK with their security
 * token rotated by STS) are used without rebuilding the client.
 *
 * <p>The client calls {@link #resolveCredentials()} before every attempt, retries included, on the
 * calling thread. Implementations must be thread-safe and fast: cache the credentials and refresh
 * them ahead of expiry, rather than fetching them on every call.
 *
 * <pre>{@code
 * ImageApisClient client = ImageApisClient.builder()
 *         .cloud(Cloud.HUAWEI_CLOUD).region("cn-north-4").projectId(projectId)
 *         .credentialsProvider(() -> Credentials.token(tokenCache.current()))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * The credentials to use now; never null. An exception thrown here reaches the caller as a
     * {@link org.imageapis.client.errors.CredentialsException}, and nothing is sent.
     *
     * @return the credentials for the next attempt
     */
    Credentials resolveCredentials();

    /**
     * Always the same credentials: what {@link ImageApisClient.Builder#credentials(Credentials)} uses.
     *
     * @param credentials the credentials
     * @return a provider that always gives them
     */
    static CredentialsProvider fixed(Credentials credentials) {
        return new FixedCredentialsProvider(credentials);
    }
}
