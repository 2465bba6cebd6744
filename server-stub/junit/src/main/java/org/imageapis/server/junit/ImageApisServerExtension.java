package org.imageapis.server.junit;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.imageapis.client.ImageApisClient;
import org.imageapis.client.Service;
import org.imageapis.server.data.Dataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ImageApisServerTest}, and its programmatic form:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ImageApisServerExtension server = ImageApisServerExtension.builder().generate(100).tokens("t").build();
 *
 * @Test
 * void retries() {
 *     server.faults().next(Service.SWR, Fault.status(503));
 *     server.client().swr().listSharedRepositories(...);
 * }
 * }</pre>
 *
 * In a {@code static} field the server lives for the class; in an instance field, for each test method. Either
 * way faults and journal are cleared before each test.
 */
public final class ImageApisServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ImageApisServerExtension.class);

    /** The programmatic form's server; null for the annotation form, whose servers live in the context stores. */
    private final ImageApisServer server;
    /** The programmatic form: the unique id of the context that started the server, or null when stopped. */
    private String startedBy;

    /** The annotation form ({@code @ExtendWith} through {@link ImageApisServerTest}). */
    public ImageApisServerExtension() {
        this.server = null;
    }

    private ImageApisServerExtension(ImageApisServer server) {
        this.server = server;
    }

    /** @return the programmatic form's configuration: the same options as {@link ImageApisServer#builder()} */
    public static ExtensionBuilder builder() {
        return new ExtensionBuilder();
    }

    // ---- the programmatic form's server, for static and instance fields

    /**
     * This extension's server (programmatic form).
     *
     * @return the server
     */
    public ImageApisServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "the annotation form has no server of its own: take an ImageApisServer " + "parameter instead");
        }
        return server;
    }

    /** @return as {@link ImageApisServer#baseUri()} */
    public URI baseUri() {
        return server().baseUri();
    }

    /**
     * @param service the service
     * @return as {@link ImageApisServer#baseUri(Service)}
     */
    public URI baseUri(Service service) {
        return server().baseUri(service);
    }

    /** @return as {@link ImageApisServer#clientBuilder()} */
    public ImageApisClient.Builder clientBuilder() {
        return server().clientBuilder();
    }

    /** @return as {@link ImageApisServer#client()} */
    public ImageApisClient client() {
        return server().client();
    }

    /** @return as {@link ImageApisServer#faults()} */
    public Faults faults() {
        return server().faults();
    }

    /** @return as {@link ImageApisServer#journal()} */
    public Journal journal() {
        return server().journal();
    }

    // ---- lifecycle

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server != null) {
            startProgrammatic(context);
        } else {
            classServer(context);
        }
    }

    /**
     * The server of the context's test class: its own when the class carries the annotation, else its enclosing
     * class's (a {@code @Nested} class), started and kept in the class's store on first use.
     */
    private static ImageApisServer classServer(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<ImageApisServerTest> own = AnnotationSupport.findAnnotation(testClass, ImageApisServerTest.class);
        ServerResource existing = context.getStore(NAMESPACE).get(ServerResource.class, ServerResource.class);
        if (existing != null && (existing.owner == testClass || own.isEmpty())) {
            return existing.server;
        }
        ImageApisServer started = fromAnnotation(own.orElseGet(() -> enclosingAnnotation(testClass)))
                .build()
                .start();
        context.getStore(NAMESPACE).put(ServerResource.class, new ServerResource(testClass, started));
        return started;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server != null && startedBy == null) {
            startProgrammatic(context); // an instance field: a server for this test method
        }
        serverOf(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopProgrammatic(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopProgrammatic(context);
    }

    private void startProgrammatic(ExtensionContext context) {
        if (startedBy == null) {
            server.start();
            startedBy = context.getUniqueId();
        }
    }

    private void stopProgrammatic(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(startedBy)) {
            server.stop();
            startedBy = null;
        }
    }

    private static ImageApisServerTest enclosingAnnotation(Class<?> testClass) {
        for (Class<?> enclosing = testClass.getEnclosingClass();
                enclosing != null;
                enclosing = enclosing.getEnclosingClass()) {
            Optional<ImageApisServerTest> found =
                    AnnotationSupport.findAnnotation(enclosing, ImageApisServerTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Defaults.class.getAnnotation(ImageApisServerTest.class); // @ExtendWith without the annotation
    }

    static ImageApisServer.Builder fromAnnotation(ImageApisServerTest annotation) {
        ImageApisServer.Builder builder = ImageApisServer.builder()
                .generate(annotation.generate())
                .tokens(annotation.tokens())
                .prefer(annotation.prefer())
                .journal(annotation.journal())
                .projectId(annotation.projectId())
                .region(annotation.region())
                .port(annotation.port());
        if (!annotation.dataset().isEmpty()) {
            builder.dataset(annotation.dataset());
        }
        ImageApisServer.accessKeyPairs(annotation.accessKeys()).forEach(pair -> builder.accessKey(pair[0], pair[1]));
        return builder;
    }

    private ImageApisServer serverOf(ExtensionContext context) {
        if (server != null) {
            return server;
        }
        ServerResource resource = context.getStore(NAMESPACE).get(ServerResource.class, ServerResource.class);
        if (resource == null) {
            throw new IllegalStateException("no reference server for " + context.getDisplayName()
                    + ": the extension starts one per test class (beforeAll)");
        }
        return resource.server;
    }

    // ---- parameters

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ImageApisServer.class || type == ImageApisClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ImageApisServer resolved;
        try {
            // A constructor of a PER_CLASS test instance is resolved before beforeAll: start the server then.
            resolved = server == null && parameter.getDeclaringExecutable() instanceof Constructor<?>
                    ? classServer(context)
                    : serverOf(context);
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        if (!resolved.isRunning()) {
            throw new ParameterResolutionException("the reference server is not running yet: with an instance-field "
                    + "extension, take it in test methods, not in the constructor");
        }
        return parameter.getParameter().getType() == ImageApisClient.class ? resolved.client() : resolved;
    }

    /** Stops an annotation-form server when its class's context closes. */
    @SuppressWarnings("deprecation") // CloseableResource for JUnit before 5.13, AutoCloseable for later ones
    private static final class ServerResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Class<?> owner;
        private final ImageApisServer server;

        ServerResource(Class<?> owner, ImageApisServer server) {
            this.owner = owner;
            this.server = server;
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    /** Carries the annotation's defaults for a class that uses {@code @ExtendWith} alone. */
    @ImageApisServerTest
    private static final class Defaults {}

    /** The programmatic form's configuration. */
    public static final class ExtensionBuilder {
        private final ImageApisServer.Builder server = ImageApisServer.builder();

        private ExtensionBuilder() {}

        /**
         * As {@link ImageApisServer.Builder#host(String)}.
         *
         * @param host the address
         * @return this builder
         */
        public ExtensionBuilder host(String host) {
            server.host(host);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#port(int)}.
         *
         * @param port the port, from 0 to 65535
         * @return this builder
         */
        public ExtensionBuilder port(int port) {
            server.port(port);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#dataset(String)}.
         *
         * @param location the dataset's location
         * @return this builder
         */
        public ExtensionBuilder dataset(String location) {
            server.dataset(location);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#dataset(Dataset)}.
         *
         * @param dataset the dataset
         * @return this builder
         */
        public ExtensionBuilder dataset(Dataset dataset) {
            server.dataset(dataset);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#generate(int)}.
         *
         * @param records records per API, from 0 to 1000000
         * @return this builder
         */
        public ExtensionBuilder generate(int records) {
            server.generate(records);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#tokens(String...)}.
         *
         * @param tokens the accepted tokens
         * @return this builder
         */
        public ExtensionBuilder tokens(String... tokens) {
            server.tokens(tokens);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#accessKey(String,String)}.
         *
         * @param accessKey the access key
         * @param secretKey its secret key
         * @return this builder
         */
        public ExtensionBuilder accessKey(String accessKey, String secretKey) {
            server.accessKey(accessKey, secretKey);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#prefer(boolean)}.
         *
         * @param prefer whether {@code Prefer} is honoured
         * @return this builder
         */
        public ExtensionBuilder prefer(boolean prefer) {
            server.prefer(prefer);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#journal(boolean)}.
         *
         * @param journal whether requests are recorded
         * @return this builder
         */
        public ExtensionBuilder journal(boolean journal) {
            server.journal(journal);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#projectId(String)}.
         *
         * @param projectId the project id
         * @return this builder
         */
        public ExtensionBuilder projectId(String projectId) {
            server.projectId(projectId);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#region(String)}.
         *
         * @param region the region ID
         * @return this builder
         */
        public ExtensionBuilder region(String region) {
            server.region(region);
            return this;
        }

        /**
         * As {@link ImageApisServer.Builder#clock(Clock)}.
         *
         * @param clock the clock signatures are checked against
         * @return this builder
         */
        public ExtensionBuilder clock(Clock clock) {
            server.clock(clock);
            return this;
        }

        /** @return the extension, for a {@code static} field annotated {@code @RegisterExtension} */
        public ImageApisServerExtension build() {
            return new ImageApisServerExtension(server.build());
        }
    }
}
