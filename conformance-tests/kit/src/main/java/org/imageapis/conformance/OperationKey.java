package org.imageapis.conformance;

import java.util.Locale;
import java.util.Objects;

/** Names an operation of a spec: by operationId, or by HTTP method and path (a template or a concrete path). */
public sealed interface OperationKey {

    /**
     * The operation with this operationId.
     *
     * @param operationId the operationId
     * @return the key
     */
    static OperationKey id(String operationId) {
        return new ById(operationId);
    }

    /**
     * The operation at this method and path; the path may be the spec's template or a concrete request path.
     *
     * @param method the HTTP method, in any case
     * @param path the spec's path template or a concrete request path
     * @return the key
     */
    static OperationKey route(String method, String path) {
        return new ByRoute(method, path);
    }

    /** Identified by operationId. */
    record ById(String operationId) implements OperationKey {
        /** @param operationId the operationId, not null */
        public ById {
            Objects.requireNonNull(operationId, "operationId");
        }

        @Override
        public String toString() {
            return operationId;
        }
    }

    /** Identified by method and path. */
    record ByRoute(String method, String path) implements OperationKey {
        /**
         * Upper-cases the method, so that keys compare equal whatever the case.
         *
         * @param method the HTTP method, in any case
         * @param path   the path template or a concrete request path
         */
        public ByRoute {
            method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
