package org.imageapis.specs.bundle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A named entry of a {@code components} section, such as {@code schemas/ErrorResponse}. */
record ComponentKey(String section, String name) {

    private static final Pattern COMPONENT = Pattern.compile("/components/([^/]+)/([^/]+)");

    /** The component that {@code pointer} addresses as a whole, if it addresses one. */
    static Optional<ComponentKey> of(String pointer) {
        Matcher matcher = COMPONENT.matcher(pointer);
        return matcher.matches() ? Optional.of(new ComponentKey(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    String pointer() {
        return "/components/" + section + "/" + name;
    }
}
