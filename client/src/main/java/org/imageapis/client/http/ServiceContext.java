package org.imageapis.client.http;

import java.net.URI;
import java.util.Objects;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;

/**
 * What a service class needs from its client: the transport, its endpoint, the project id and the
 * region. A service's public constructor takes the {@link ImageApisClient} (an API type) and asks
 * this class for the rest, so no public API takes or returns the transport.
 *
 * <p>Java has no "friend" access across packages, so {@code ImageApisClient} hands this class the
 * one function that opens it, once, from its static initializer (the JDK's {@code SharedSecrets}
 * idiom): a service can only be built from a client instance, which means that initializer has run.
 */
public final class ServiceContext {

    /** How the client opens itself to a service named {@code serviceName} at {@code endpoint}. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @param client the client
         * @param serviceName the service's display name, for messages
         * @param endpoint where its calls go
         * @return the service's context
         */
        ServiceContext open(ImageApisClient client, String serviceName, URI endpoint);
    }

    private static volatile Opener opener;

    private final String serviceName;
    private final Transport transport;
    private final URI endpoint;
    private final String projectId;
    private final String region;

    /**
     * Built by {@code ImageApisClient}'s opener; services get theirs from {@link #of}.
     *
     * @param serviceName the service's display name, for messages
     * @param transport the client's transport
     * @param endpoint where the service's calls go
     * @param projectId the client's project id, or null
     * @param region the client's region ID
     */
    public ServiceContext(String serviceName, Transport transport, URI endpoint, String projectId, String region) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.projectId = projectId;
        this.region = region;
    }

    /**
     * Called by {@code ImageApisClient} only, once.
     *
     * @param clientOpener how the client opens itself
     * @throws IllegalStateException when called a second time
     */
    public static void open(Opener clientOpener) {
        synchronized (ServiceContext.class) {
            if (opener != null) {
                throw new IllegalStateException("already opened");
            }
            opener = Objects.requireNonNull(clientOpener, "clientOpener");
        }
    }

    /**
     * The context of {@code service} in {@code client}: the generated constructor of a service
     * the client registers.
     *
     * @param client the client
     * @param service the service
     * @return its context
     * @throws IllegalStateException when the client has no endpoint for the service
     */
    public static ServiceContext of(ImageApisClient client, Service service) {
        Objects.requireNonNull(client, "client");
        return opener.open(client, service.displayName(), client.endpoint(service));
    }

    /**
     * The context of a service the client does not register yet (a spec with no {@link Service}
     * constant), whose calls go to {@code endpoint}: the generated constructor of such a service.
     *
     * @param client the client
     * @param serviceName the service's display name, for messages
     * @param endpoint where its calls go
     * @return its context
     * @throws IllegalArgumentException when the endpoint is not an absolute http(s) URI, or has
     *         user info, a query or a fragment
     */
    public static ServiceContext of(ImageApisClient client, String serviceName, URI endpoint) {
        return opener.open(
                Objects.requireNonNull(client, "client"), serviceName, Endpoints.check(serviceName, endpoint));
    }

    /** @return the client's transport */
    public Transport transport() {
        return transport;
    }

    /** @return where the service's calls go */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The client's project id, for services whose paths hold one.
     *
     * @return the project id
     * @throws IllegalStateException when the client was built without one
     */
    public String projectId() {
        if (projectId == null) {
            throw new IllegalStateException(
                    serviceName + " calls need a project id: set projectId(...) " + "on the client builder");
        }
        return projectId;
    }

    /** @return the client's region ID, such as {@code cn-north-4} */
    public String region() {
        return region;
    }
}
