package org.imageapis.conformance.mutation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One single-step change of an example body.
 *
 * @param kind        what kind of change
 * @param pointer     the JSON pointer of the changed (or dropped) value
 * @param description the change, for failure messages
 * @param body        the whole mutated body
 * @param forbidden   the oracle's verdict: whether the schema forbids the mutated body
 */
record Mutation(Kind kind, String pointer, String description, JsonNode body, boolean forbidden) {

    enum Kind {
        DROP,
        RETYPE,
        ENUM,
        RANGE,
        DATE_TIME
    }

    @Override
    public String toString() {
        return kind + " " + pointer + ": " + description + (forbidden ? " (forbidden)" : " (allowed)");
    }
}
