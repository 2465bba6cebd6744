package org.imageapis.conformance.diff;

import java.util.List;

/**
 * The changes between two versions of a spec.
 *
 * @param oldName what the old version is, such as its file
 * @param newName what the new version is
 * @param changes every change, in the order of the spec: removed, added, then changed operations
 */
public record DiffReport(String oldName, String newName, List<Change> changes) {

    /**
     * Copies the changes.
     *
     * @param oldName what the old version is
     * @param newName what the new version is
     * @param changes every change, copied
     */
    public DiffReport {
        changes = List.copyOf(changes);
    }

    /**
     * The changes that break {@code side}.
     *
     * @param side clients or servers
     * @return the changes that break that side
     */
    public List<Change> breaking(Side side) {
        return changes.stream().filter(change -> change.breaks(side)).toList();
    }

    /**
     * Whether any change breaks {@code side}.
     *
     * @param side clients or servers
     * @return whether a change breaks that side
     */
    public boolean breaks(Side side) {
        return changes.stream().anyMatch(change -> change.breaks(side));
    }

    /** @return one line: how many changes, how many break clients and servers */
    public String summary() {
        return changes.size() + " change(s): " + breaking(Side.CLIENTS).size() + " breaking for clients, "
                + breaking(Side.SERVERS).size() + " breaking for servers";
    }
}
