package org.imageapis.registry;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operation of an API's spec. A class rather than a record so that its route is compiled once: servers match
 * every request against it.
 */
public final class OperationEntry {

    private final String id;
    private final String method;
    private final String pathTemplate;
    private final String examplePath;
    private final String limitParameter;
    private final Pattern route;

    /**
     * @param id             its {@code operationId}, such as {@code listSharedRepositories}
     * @param method         its HTTP method in upper case
     * @param pathTemplate   its path as the spec writes it, such as {@code /v1/{project_id}/image-servers}
     * @param examplePath    a request path with query that the operation answers: the spec's first
     *                       {@code x-example-requests} entry, else the path template; path parameters still in
     *                       braces are filled with {@code 0123456789abcdef}
     * @param limitParameter the name of its page-size parameter ({@code x-paging.limit}), or null when it is not
     *                       paged
     */
    public OperationEntry(String id, String method, String pathTemplate, String examplePath, String limitParameter) {
        this.id = Objects.requireNonNull(id);
        this.method = Objects.requireNonNull(method);
        this.pathTemplate = Objects.requireNonNull(pathTemplate);
        this.examplePath = Objects.requireNonNull(examplePath);
        this.limitParameter = limitParameter;
        this.route = route(pathTemplate);
    }

    /** @return its {@code operationId} */
    public String id() {
        return id;
    }

    /** @return its HTTP method in upper case */
    public String method() {
        return method;
    }

    /** @return its path as the spec writes it, with parameters in braces */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return a request path with query that the operation answers, for training and smoke requests */
    public String examplePath() {
        return examplePath;
    }

    /** @return the page-size parameter's name, or null when the operation is not paged */
    public String limitParameter() {
        return limitParameter;
    }

    /**
     * The pattern of the request paths (decoded, without query) this operation serves: each path parameter is one
     * non-empty segment, and a trailing slash is allowed, as JAX-RS routes.
     *
     * @return the compiled pattern
     */
    public Pattern route() {
        return route;
    }

    /**
     * @param path a request path, decoded, without query
     * @return whether it is this operation's path
     */
    public boolean matches(String path) {
        return route.matcher(path).matches();
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + id + ")";
    }

    private static Pattern route(String template) {
        StringBuilder regex = new StringBuilder();
        for (String piece : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(piece.startsWith("{") ? "[^/]+" : Pattern.quote(piece));
        }
        return Pattern.compile(regex.append("/?").toString());
    }
}
