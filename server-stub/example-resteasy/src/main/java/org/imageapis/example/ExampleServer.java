package org.imageapis.example;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * Starts the example SWR server: RESTEasy's servlet on an embedded Jetty, whose own error answers
 * {@link JsonErrorHandler} writes. This class and that handler are the only code here that knows the runtime; the
 * resource and the providers in {@link ExampleApplication} are plain Jakarta REST and move to any other runtime as
 * they are.
 *
 * <p>Run it with the credentials it accepts in the environment, the same variables the conformance kit reads:
 * <pre>
 *   IMAGE_APIS_TOKEN=my-token IMAGE_APIS_ACCESS_KEY=MYAK:MYSK java -jar example-resteasy-server.jar [PORT]
 * </pre>
 */
public final class ExampleServer implements AutoCloseable {

    private final Server jetty;
    private final ResteasyDeployment jaxrs;
    private final URI baseUri;

    private ExampleServer(Server jetty, ResteasyDeployment jaxrs, URI baseUri) {
        this.jetty = jetty;
        this.jaxrs = jaxrs;
        this.baseUri = baseUri;
    }

    /**
     * Starts the server over the seeded in-memory store.
     *
     * @param host        the address to listen on, such as {@code 127.0.0.1}
     * @param port        the port, or {@code 0} for any free one ({@link #baseUri()} tells which)
     * @param credentials the tokens and access keys to accept
     */
    public static ExampleServer start(String host, int port, Credentials credentials) throws Exception {
        // The JAX-RS application, started here so that the servlet below serves this very instance.
        ResteasyDeployment jaxrs = new ResteasyDeploymentImpl();
        jaxrs.setApplication(new ExampleApplication(RepositoryStore.seeded(), credentials, Clock.systemUTC()));
        jaxrs.start();

        // RESTEasy's servlet on every path; it finds the deployment in the servlet context.
        ServletContextHandler servlets = new ServletContextHandler("/");
        servlets.setAttribute(ResteasyDeployment.class.getName(), jaxrs);
        servlets.addServlet(new ServletHolder("resteasy", HttpServlet30Dispatcher.class), "/*");

        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // keeps the Jetty version out of every answer
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(servlets);
        jetty.setErrorHandler(new JsonErrorHandler());
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            jaxrs.stop();
            throw e;
        }
        return new ExampleServer(jetty, jaxrs, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
    }

    /** Where the server answers, such as {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops Jetty, then RESTEasy; a failure to stop Jetty is rethrown unchecked, after RESTEasy stopped. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop Jetty: " + e.getMessage(), e);
        } finally {
            jaxrs.stop();
        }
    }

    public static void main(String[] args) {
        int port;
        try {
            port = args.length == 0 ? 8080 : Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (args.length > 1 || port < 0 || port > 65_535) {
            System.err.println("usage: ExampleServer [PORT] (0 for any free port; default 8080)");
            System.exit(2);
        }
        Credentials credentials;
        try {
            credentials = Credentials.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLibraryLogging();
        ExampleServer server;
        try {
            server = start("127.0.0.1", port, credentials);
        } catch (Exception e) {
            System.err.println("The server could not start on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                            } catch (Exception e) {
                                System.err.println("The server did not stop cleanly: " + e);
                            }
                        },
                        "example-server-shutdown"));
        // The base URL and what is accepted, never the secrets themselves.
        System.out.println("Example SWR server at " + server.baseUri() + " accepting " + credentials);
    }

    /**
     * Jetty, RESTEasy and Hibernate Validator all log through java.util.logging here, and say a lot at INFO when they
     * start: keep their warnings and errors only, unless the user configured logging
     * ({@code -Djava.util.logging.config.file=...}).
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            LIBRARY_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        }
    }

    /** Held here: java.util.logging keeps loggers only weakly, and would forget a level set on a dropped one. */
    private static final List<Logger> LIBRARY_LOGGERS = List.of(
            Logger.getLogger("org.eclipse.jetty"),
            Logger.getLogger("org.jboss.resteasy"),
            Logger.getLogger("org.hibernate.validator"));

    /**
     * The credentials the server accepts: exact tokens, and access keys with their secret keys. {@link #toString()}
     * shows counts only, so that the credentials can be logged.
     */
    public record Credentials(List<String> tokens, Map<String, String> secretKeys) {

        public Credentials {
            tokens = List.copyOf(tokens);
            secretKeys = Map.copyOf(secretKeys);
        }

        /**
         * From {@code IMAGE_APIS_TOKEN} (one token) and {@code IMAGE_APIS_ACCESS_KEY} ({@code AK:SK}); at least one
         * must be set, so that the server never accepts any request by accident.
         */
        public static Credentials fromEnvironment(Map<String, String> environment) {
            String token = environment.getOrDefault("IMAGE_APIS_TOKEN", "");
            String accessKey = environment.getOrDefault("IMAGE_APIS_ACCESS_KEY", "");
            int colon = accessKey.indexOf(':');
            if (!accessKey.isEmpty() && (colon < 1 || colon == accessKey.length() - 1)) {
                throw new IllegalArgumentException("IMAGE_APIS_ACCESS_KEY must be AK:SK");
            }
            if (token.isEmpty() && accessKey.isEmpty()) {
                throw new IllegalArgumentException(
                        "Set IMAGE_APIS_TOKEN and/or IMAGE_APIS_ACCESS_KEY=AK:SK: the credentials this server accepts");
            }
            Map<String, String> secretKeys = accessKey.isEmpty()
                    ? Map.of()
                    : Map.of(accessKey.substring(0, colon), accessKey.substring(colon + 1));
            return new Credentials(token.isEmpty() ? List.of() : List.of(token), secretKeys);
        }

        @Override
        public String toString() {
            return tokens.size() + " token(s) and " + secretKeys.size() + " access key(s)";
        }
    }
}
