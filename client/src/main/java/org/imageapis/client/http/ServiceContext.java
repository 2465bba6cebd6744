package org.imageapis.client.http;

import java.net.URI;
import java.util.Objects;
import java.util.function.BiFunction;
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

    private static volatile BiFunction<ImageApisClient, Service, ServiceContext> opener;

    private final Service service;
    private final Transport transport;
    private final URI endpoint;
    private final String projectId;
    private final String region;

    public ServiceContext(Service service, Transport transport, URI endpoint, String projectId, String region) {
        this.service = Objects.requireNonNull(service, "service");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.projectId = projectId;
        this.region = region;
    }

    /** Called by {@code ImageApisClient} only, once. */
    public static void open(BiFunction<ImageApisClient, Service, ServiceContext> clientOpener) {
        synchronized (ServiceContext.class) {
            if (opener != null) {
                throw new IllegalStateException("already opened");
            }
            opener = Objects.requireNonNull(clientOpener, "clientOpener");
        }
    }

    /**
     * The context of {@code service} in {@code client}.
     *
     * @throws IllegalStateException when the client has no endpoint for the service
     */
    public static ServiceContext of(ImageApisClient client, Service service) {
        return opener.apply(Objects.requireNonNull(client, "client"), service);
    }

    public Transport transport() {
        return transport;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * The client's project id, for services whose paths hold one.
     *
     * @throws IllegalStateException when the client was built without one
     */
    public String projectId() {
        if (projectId == null) {
            throw new IllegalStateException(service.displayName() + " calls need a project id: set projectId(...) "
                    + "on the client builder");
        }
        return projectId;
    }

    /** The client's region ID, such as {@code cn-north-4}. */
    public String region() {
        return region;
    }
}
