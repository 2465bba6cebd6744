package org.imageapis.client.paging;

import java.util.List;
import java.util.OptionalLong;

/**
 * What auto-paging needs from one response: its items and, when the response states it, the
 * number of all matching items.
 */
public record Page<T>(List<T> items, OptionalLong total) {

    /**
     * Copies the items; a null list (a body without the field) is an empty page.
     *
     * @param items the page's items, or null
     * @param total the number of all matching items, when known
     */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
