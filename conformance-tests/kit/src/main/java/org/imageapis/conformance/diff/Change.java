package org.imageapis.conformance.diff;

import java.util.Objects;

/**
 * One change between two versions of a spec, classified for each side.
 *
 * @param rule what kind of change it is
 * @param operation the operation it is in, as {@code GET /v2/manage/repos}; empty for a change to the whole API
 * @param location where in the operation: {@code query:limit}, {@code request:body.name},
 *     {@code response:200:body.items[].name}, {@code response:200:header:X-Request-Id}; empty for the operation
 * @param description one line for people, such as {@code enum values removed: [a, b]}
 * @param clients what it does to clients
 * @param servers what it does to servers
 */
public record Change(
        ChangeRule rule, String operation, String location, String description, Impact clients, Impact servers) {

    /**
     * Requires every component.
     *
     * @param rule        what kind of change it is
     * @param operation   the operation it is in, or empty
     * @param location    where in the operation, or empty
     * @param description one line for people
     * @param clients     what it does to clients
     * @param servers     what it does to servers
     */
    public Change {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(servers, "servers");
    }

    /**
     * The change's stable identity: rule, operation and location, such as
     * {@code property-removed GET /v2/manage/repos response:200:body.items[].name}. Acknowledgements match it.
     *
     * @return the identity
     */
    public String id() {
        StringBuilder id = new StringBuilder(rule.id());
        if (!operation.isEmpty()) {
            id.append(' ').append(operation);
        }
        if (!location.isEmpty()) {
            id.append(' ').append(location);
        }
        return id.toString();
    }

    /**
     * What it does to {@code side}.
     *
     * @param side clients or servers
     * @return the impact on that side
     */
    public Impact impactOn(Side side) {
        return side == Side.CLIENTS ? clients : servers;
    }

    /**
     * Whether it breaks {@code side}.
     *
     * @param side clients or servers
     * @return whether the change is breaking for that side
     */
    public boolean breaks(Side side) {
        return impactOn(side) == Impact.BREAKING;
    }
}
