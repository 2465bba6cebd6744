package org.imageapis.server.http;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the one warning Jersey logs for each API resource on every start. The resources are registered as instances
 * (so that Jersey calls them directly rather than asking its injection manager on each request), and their
 * {@code @Path} is on the generated interface: Jersey's provider check looks for {@code @Path} on the class only, so it
 * reports each as "a provider ... will be ignored", then serves it as the resource it is. Registering the interface
 * as a contract does not help (Jersey refuses it as a contract type). Every other record of that logger passes.
 */
public final class ResourceInstanceWarning {

    /** Held, since the logging framework keeps loggers only weakly and a collected one loses its filter. */
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private static final Set<String> QUIETED = ConcurrentHashMap.newKeySet();

    private ResourceInstanceWarning() {}

    /**
     * Stops the warning for the classes of these resource instances, in this JVM; installs one filter at most.
     *
     * @param resources the resource instances registered
     */
    public static synchronized void quiet(List<?> resources) {
        resources.forEach(resource -> QUIETED.add(resource.getClass().getName()));
        Filter current = PROVIDERS.getFilter();
        if (!(current instanceof Quiet)) {
            PROVIDERS.setFilter(new Quiet(current));
        }
    }

    /** Passes every record but the warning about a quieted resource, and asks the filter it replaced. */
    private record Quiet(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            String message = record.getMessage();
            boolean aboutQuieted = message != null
                    && message.contains("will be ignored")
                    && QUIETED.stream().anyMatch(message::contains);
            return !aboutQuieted && (previous == null || previous.isLoggable(record));
        }
    }
}
