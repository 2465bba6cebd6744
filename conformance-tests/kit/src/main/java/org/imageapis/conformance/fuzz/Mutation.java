package org.imageapis.conformance.fuzz;

/**
 * What was done to a valid baseline request.
 *
 * @param kind      the kind of change
 * @param in        where the changed parameter is ({@code query}, {@code path}, {@code header}), or {@code ""}
 * @param parameter the changed parameter's name, or {@code ""}
 * @param value     the value sent (still percent-encoded for a raw encoding), or {@code ""}
 */
public record Mutation(Kind kind, String in, String parameter, String value) {

    /** The kinds of change. */
    public enum Kind {
        /** Unchanged: meant to be valid. */
        NONE,
        /** A number at or past an edge of its range, or a string at or past its length limits. */
        BOUNDARY,
        /** A value of another type. */
        WRONG_TYPE,
        /** A parameter left out. */
        MISSING,
        /** A parameter sent twice. */
        REPEATED,
        /** An empty, huge, unicode, control-character or injection-looking string. */
        ODD_STRING,
        /** A percent-encoding edge case, sent as it is. */
        RAW_ENCODING,
        /** A value not in the enum. */
        UNKNOWN_ENUM,
        /** A query parameter the operation does not declare. */
        UNDECLARED_PARAMETER,
        /** Another HTTP method. */
        WRONG_METHOD,
        /** A path under an unknown prefix. */
        UNKNOWN_PATH,
        /** No credentials. */
        NO_CREDENTIALS,
        /** Credentials no server accepts. */
        BAD_CREDENTIALS
    }

    /** No change. */
    public static final Mutation NONE = new Mutation(Kind.NONE, "", "", "");

    /** A change that concerns no single parameter. */
    static Mutation of(Kind kind, String value) {
        return new Mutation(kind, "", "", value);
    }

    /** @return whether this leaves a query parameter with an empty value ({@code name=}) */
    public boolean isEmptyQueryValue() {
        return in.equals("query") && value.isEmpty() && (kind == Kind.ODD_STRING || kind == Kind.BOUNDARY);
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String where = parameter.isEmpty() ? "" : " " + in + " " + parameter;
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return name + where + (value.isEmpty() && parameter.isEmpty() ? "" : "=" + shown);
    }
}
