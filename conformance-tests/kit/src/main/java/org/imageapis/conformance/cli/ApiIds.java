package org.imageapis.conformance.cli;

import java.util.Iterator;
import org.imageapis.registry.ApiRegistry;

/** The ids of the registry's APIs, for the help's {@code ${COMPLETION-CANDIDATES}} of the options that take one. */
final class ApiIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ApiRegistry.ids().iterator();
    }
}
