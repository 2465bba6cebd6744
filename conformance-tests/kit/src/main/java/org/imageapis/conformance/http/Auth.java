package org.imageapis.conformance.http;

/** The credentials a generated request is meant to carry; the sender adds valid ones. */
public enum Auth {
    /** The sender's valid credentials: its token, or an AK/SK signature. */
    VALID,
    /** None at all. */
    NONE,
    /** Credentials, valid or not, already among the request's headers: the sender adds none. */
    IN_HEADERS
}
