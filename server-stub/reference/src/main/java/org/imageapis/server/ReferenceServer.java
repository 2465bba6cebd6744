package org.imageapis.server;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;
import org.imageapis.server.auth.AuthFeature;
import org.imageapis.server.auth.AuthFilter;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.auth.SentMethodFilter;
import org.imageapis.server.control.ControlHandler;
import org.imageapis.server.control.PreferFeature;
import org.imageapis.server.control.ServerControls;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.docs.DocsResource;
import org.imageapis.server.docs.OpenApiResource;
import org.imageapis.server.docs.ReferenceDocsResource;
import org.imageapis.server.hss.BasicImagesResource;
import org.imageapis.server.http.BeanValidationConfig;
import org.imageapis.server.http.BodyAwareExecutorProvider;
import org.imageapis.server.http.ConstraintViolationMapper;
import org.imageapis.server.http.ErrorAnsweringHttpCodec;
import org.imageapis.server.http.JacksonConfig;
import org.imageapis.server.http.MalformedTargetGuard;
import org.imageapis.server.http.ParameterConstraints;
import org.imageapis.server.http.RenderedWriter;
import org.imageapis.server.http.RequestIdFilter;
import org.imageapis.server.http.ResourceInstanceWarning;
import org.imageapis.server.http.StrictBooleanConverter;
import org.imageapis.server.http.ThrowableMapper;
import org.imageapis.server.modelarts.ImageGroupsResource;
import org.imageapis.server.swr.SharedRepositoriesResource;
import org.imageapis.server.workspace.ImageServersResource;

/** The reference server: Jersey on an embedded Grizzly, every component registered explicitly. */
public final class ReferenceServer implements AutoCloseable {

    /** The longest request line and headers, line ends included, the server reads; past it, 414 or 431. */
    public static final int MAX_REQUEST_HEAD_BYTES = 8 * 1024;
    /** The most headers a request may have; past it, 431. */
    public static final int MAX_REQUEST_HEADERS = 100;

    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final HttpServer server;
    private final URI baseUri;

    private ReferenceServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /**
     * Starts a server on {@code host:port}; port 0 picks a free port. {@code Prefer} is honoured.
     *
     * @param host the address to listen on
     * @param port the port, 0 for a free one
     * @param dataset the records to serve
     * @param credentials the accepted tokens and key pairs
     * @param clock the clock signatures are checked against
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static ReferenceServer start(String host, int port, Dataset dataset, Credentials credentials, Clock clock)
            throws IOException {
        return start(host, port, dataset, credentials, clock, ServerControls.defaults());
    }

    /**
     * Starts a server on {@code host:port} with {@code controls}: whether it honours {@code Prefer}, and the fault
     * injector and request journal a test drives.
     *
     * @param host the address to listen on
     * @param port the port, 0 for a free one
     * @param dataset the records to serve
     * @param credentials the accepted tokens and key pairs
     * @param clock the clock signatures are checked against
     * @param controls {@code Prefer}, faults and journal
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static ReferenceServer start(
            String host, int port, Dataset dataset, Credentials credentials, Clock clock, ServerControls controls)
            throws IOException {
        ResourceConfig application = application(dataset, credentials, clock);
        if (controls.prefer()) {
            application.register(PreferFeature.class);
        }
        GrizzlyHttpContainer jersey = ReferenceApplication.container(application);
        return listen(host, port, jersey, jersey, controls);
    }

    /**
     * Starts a server on {@code host:port} that serves an application initialised before and kept after it
     * ({@link ReferenceApplication}): a start then costs the listener only. {@code controls} must agree with the
     * application on {@code Prefer}.
     *
     * @param host the address to listen on
     * @param port the port, 0 for a free one
     * @param application the initialised application
     * @param controls {@code Prefer}, faults and journal, as the application has them
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static ReferenceServer start(
            String host, int port, ReferenceApplication application, ServerControls controls) throws IOException {
        if (controls.prefer() != application.prefer()) {
            throw new IllegalArgumentException("the controls say Prefer " + (controls.prefer() ? "on" : "off")
                    + ", the application was built with it " + (application.prefer() ? "on" : "off"));
        }
        return listen(host, port, application.container(), application.handler(), controls);
    }

    private static ReferenceServer listen(
            String host, int port, GrizzlyHttpContainer container, HttpHandler jersey, ServerControls controls)
            throws IOException {
        URI requested = URI.create("http://" + hostForUri(host) + ":" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, container, false, null, false);
        // The factory registers one handler, Jersey's container; the guard goes in front of it and runs
        // body-less requests on the selector threads.
        ServerConfiguration configuration = server.getServerConfiguration();
        configuration.removeHttpHandler(container);
        // In front of both: the journal, injected faults and delays (ControlHandler).
        configuration.addHttpHandler(
                new ControlHandler(new MalformedTargetGuard(jersey, new BodyAwareExecutorProvider()), controls), "/");
        // Grizzly refuses a GET with a body with a bare 400. A client may send one, and an AK/SK signature
        // covers it, so it is read and verified instead.
        configuration.setAllowPayloadForUndefinedHttpMethods(true);
        NetworkListener listener = server.getListener("grizzly");
        listener.setMaxHttpHeaderSize(MAX_REQUEST_HEAD_BYTES);
        listener.setMaxRequestHeaders(MAX_REQUEST_HEADERS);
        // Requests Grizzly's HTTP codec refuses itself (over those limits, malformed) get an error body too.
        listener.registerAddOn(ErrorAnsweringHttpCodec.addOn());
        server.start();
        int boundPort = listener.getPort();
        return new ReferenceServer(server, URI.create("http://" + hostForUri(host) + ":" + boundPort + "/"));
    }

    static ResourceConfig application(Dataset dataset, Credentials credentials, Clock clock) {
        // The API resources as instances: Jersey then calls them directly, where for a registered class it asks the
        // injection manager for the singleton on every request.
        List<Object> apiResources = List.of(
                new ImageGroupsResource(dataset),
                new ImageServersResource(dataset),
                new BasicImagesResource(dataset),
                new SharedRepositoriesResource(dataset));
        ResourceInstanceWarning.quiet(apiResources);
        ResourceConfig application = new ResourceConfig()
                // No classpath scanning or service lookup: a fast start and no surprise providers.
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(JacksonFeature.class)
                .register(JacksonConfig.class)
                .register(RenderedWriter.class)
                .register(ValidationFeature.class)
                .register(BeanValidationConfig.class)
                .register(ParameterConstraints.class)
                .register(StrictBooleanConverter.class)
                .register(ConstraintViolationMapper.class)
                .register(ThrowableMapper.class)
                .register(RequestIdFilter.class)
                .register(SentMethodFilter.class)
                .register(new AuthFeature(new AuthFilter(credentials, clock)))
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(dataset).to(Dataset.class);
                    }
                })
                .register(OpenApiResource.class)
                .register(DocsResource.class)
                .register(ReferenceDocsResource.class);
        apiResources.forEach(application::register);
        return application;
    }

    /** @return the base URI every API is served at, such as {@code http://127.0.0.1:8080/} */
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        try {
            server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS).get(SHUTDOWN_GRACE_SECONDS + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            server.shutdownNow();
        }
    }

    /** Stops at once, without the grace period for requests in flight: for tests, after their last request. */
    public void closeNow() {
        server.shutdownNow();
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
