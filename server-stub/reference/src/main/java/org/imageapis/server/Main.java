package org.imageapis.server;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.imageapis.server.control.ServerControls;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.DatasetException;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;

/**
 * {@code java -jar reference-server.jar}: serves the dataset until SIGTERM or Ctrl-C. A bad command
 * line or dataset is one line on stderr and exit status 2; a port in use is exit status 1.
 */
public final class Main {

    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILURE = 1;

    /**
     * Grizzly, Jersey and Hibernate Validator announce their start at INFO; the server prints its own ready
     * line, so by default they log warnings and errors only. Held here because JUL keeps loggers weakly.
     */
    private static final List<Logger> LIBRARY_LOGGERS =
            List.of(Logger.getLogger("org.glassfish"), Logger.getLogger("org.hibernate.validator"));

    private Main() {}

    /**
     * Starts the server from the command line and waits for SIGTERM or Ctrl-C.
     *
     * @param args the options; {@code --help} lists them
     * @throws InterruptedException when interrupted while waiting for the stop
     */
    public static void main(String[] args) throws InterruptedException {
        quietLibraryLogging();
        CountDownLatch stopped = new CountDownLatch(1);
        ReferenceServer server;
        try {
            server = start(args, System.out);
        } catch (StartupException e) {
            System.err.println("reference-server: " + e.getMessage());
            System.exit(e.exitStatus);
            return;
        }
        if (server == null) {
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "reference-server-shutdown"));
        stopped.await();
    }

    /** Leaves logging alone when the user configured it ({@code -Djava.util.logging.config.file=...}). */
    private static void quietLibraryLogging() {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            LIBRARY_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        }
    }

    /** Starts the server the arguments describe, or returns null after printing the help. */
    static ReferenceServer start(String[] args, PrintStream out) throws StartupException {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (ServerOptions.UsageException e) {
            throw new StartupException(e.getMessage(), EXIT_USAGE);
        }
        if (options.help()) {
            out.println(ServerOptions.USAGE);
            return null;
        }
        Dataset dataset;
        try {
            dataset = options.data().isPresent()
                    ? DatasetLoader.load(options.data().get())
                    : DatasetLoader.builtIn();
        } catch (DatasetException e) {
            throw new StartupException("bad dataset " + e.getMessage(), EXIT_USAGE);
        }
        dataset = dataset.plus(SyntheticData.generate(options.generate()));
        ReferenceServer server;
        try {
            server = ReferenceServer.start(
                    options.host(),
                    options.port(),
                    dataset,
                    options.credentials(),
                    Clock.systemUTC(),
                    ServerControls.defaults().withPrefer(options.prefer()));
        } catch (IOException | RuntimeException e) {
            throw new StartupException(
                    "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), EXIT_FAILURE);
        }
        out.println("image-apis reference server listening on " + server.baseUri() + " (Swagger UI: " + server.baseUri()
                + "docs/, reference docs: " + server.baseUri() + "reference/)");
        return server;
    }

    /** Startup failed; the message is one line for the user. */
    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;

        private final int exitStatus;

        StartupException(String message, int exitStatus) {
            super(message);
            this.exitStatus = exitStatus;
        }

        int exitStatus() {
            return exitStatus;
        }
    }
}
