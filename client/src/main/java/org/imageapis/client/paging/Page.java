package org.imageapis.client.paging;

import java.util.List;
import java.util.OptionalLong;

/**
 * What auto-paging needs from one response: its items and, when the response states it, the
 * number of all matching items.
 */
public record Page<T>(List<T> items, OptionalLong total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
