package org.imageapis.conformance.diff;

/** What a change does to one side of the contract. */
public enum Impact {
    /** Code written against the old spec can fail against the new one. */
    BREAKING,
    /** Code written against the old spec keeps working. */
    COMPATIBLE;

    /** @return the lower-case word the reports print */
    public String word() {
        return this == BREAKING ? "breaking" : "compatible";
    }
}
