package org.imageapis.registry;

import java.util.List;

/**
 * What the build read from one API's bundle, {@code openapi/<id>.yaml}.
 *
 * @param id              the bundle's file name without {@code .yaml}, such as {@code swr}
 * @param title           the spec's {@code info.title}, such as {@code SWR shared repositories}
 * @param serviceName     the provider's name of the service ({@code info.x-service-name}), such as
 *                        {@code SoftWare Repository for Container}
 * @param errorCodePrefix the service part of the API's own error codes ({@code x-error-codes}), such as {@code SWR}
 * @param servers         the spec's {@code servers}, in order
 * @param operations      the spec's operations, in path order
 */
public record ApiEntry(
        String id,
        String title,
        String serviceName,
        String errorCodePrefix,
        List<ServerEntry> servers,
        List<OperationEntry> operations) {

    /**
     * Copies the lists, so that an entry cannot change after the build wrote it.
     *
     * @param id              the bundle's id
     * @param title           the spec's title
     * @param serviceName     the provider's name of the service
     * @param errorCodePrefix the service part of the API's error codes
     * @param servers         the spec's servers, copied
     * @param operations      the spec's operations, copied
     */
    public ApiEntry {
        servers = List.copyOf(servers);
        operations = List.copyOf(operations);
    }

    /**
     * @param path a request path, decoded, without query
     * @return whether one of its operations is at that path
     */
    public boolean serves(String path) {
        return operations.stream().anyMatch(operation -> operation.matches(path));
    }
}
