package org.imageapis.server.swr;

import java.util.List;
import org.imageapis.server.http.Json;
import org.imageapis.server.http.Rendered;
import org.imageapis.server.swr.model.SharedRepository;

/** One page of shared repositories with its JSON array, serialized once, and its {@code Content-Range}. */
record RenderedRepositories(List<SharedRepository> repositories, String contentRange, byte[] json) implements Rendered {

    RenderedRepositories(List<SharedRepository> repositories, String contentRange) {
        this(repositories, contentRange, Json.bytes(repositories));
    }
}
