package org.imageapis.client.http;

/** The value ranges the specs give for numeric parameters, checked before anything is sent. */
public final class Ranges {

    private Ranges() {
    }

    /** Throws when {@code value} is set and outside {@code [min, max]}. */
    public static void check(String parameter, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(parameter + " must be between " + min + " and " + max
                    + ", was " + value);
        }
    }
}
