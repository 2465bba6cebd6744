package org.imageapis.server.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preferences of a {@code Prefer} request header the server understands, as Prism reads them where the two
 * overlap: {@code code=NNN}, {@code example=NAME} and {@code delay=MS}, comma-separated, in one header or several.
 * Names are case-insensitive and a value may be quoted. Anything else is refused with a message naming the
 * problem: an unknown preference, one given twice, one without a value, {@code ;} parameters, a bad value.
 *
 * @param code        the status to answer, or null
 * @param example     the name of the example to answer, or null
 * @param delayMillis how long to hold the answer back, or 0
 */
record Prefer(Integer code, String example, long delayMillis) {

    static final String HEADER = "Prefer";

    /** Thrown for a header the server does not accept; the message names the problem. */
    static final class InvalidPreferException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidPreferException(String message) {
            super(message);
        }
    }

    /** The preferences of the header's values (every {@code Prefer} header of the request). */
    static Prefer parse(List<String> values) throws InvalidPreferException {
        Integer code = null;
        String example = null;
        Long delay = null;
        for (String value : values) {
            for (String item : split(value)) {
                if (item.isEmpty()) {
                    continue;
                }
                if (item.indexOf(';') >= 0) {
                    throw new InvalidPreferException("'" + item + "': preference parameters (';') are not supported");
                }
                int equals = item.indexOf('=');
                String name =
                        (equals < 0 ? item : item.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
                String raw =
                        equals < 0 ? "" : unquote(item.substring(equals + 1).trim());
                if (!name.equals("code") && !name.equals("example") && !name.equals("delay")) {
                    throw new InvalidPreferException(unknown(name));
                }
                if (raw.isEmpty()) {
                    throw new InvalidPreferException(name + " needs a value (" + name + "=...)");
                }
                switch (name) {
                    case "code" -> {
                        once(code, name);
                        code = status(raw);
                    }
                    case "example" -> {
                        once(example, name);
                        example = raw;
                    }
                    default -> {
                        once(delay, name);
                        delay = delay(raw);
                    }
                }
            }
        }
        return new Prefer(code, example, delay == null ? 0 : delay);
    }

    /** The delay of a header the server accepts as far as the header alone tells, else 0. */
    static long delayOf(List<String> values) {
        try {
            return parse(values).delayMillis();
        } catch (InvalidPreferException e) {
            return 0; // answered with a 400 once authenticated
        }
    }

    boolean isEmpty() {
        return code == null && example == null && delayMillis == 0;
    }

    private static String unknown(String name) {
        String known = "the server understands code=NNN, example=NAME and delay=MS";
        if (name.equals("dynamic")) {
            return "dynamic is not supported: the server answers from its dataset, or with code= and example= from"
                    + " the spec's examples; " + known;
        }
        return "unknown preference '" + name + "': " + known;
    }

    private static void once(Object previous, String name) throws InvalidPreferException {
        if (previous != null) {
            throw new InvalidPreferException(name + " is given more than once");
        }
    }

    private static int status(String raw) throws InvalidPreferException {
        if (raw.length() == 3 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int status = Integer.parseInt(raw);
            if (status >= 100 && status <= 599) {
                return status;
            }
        }
        throw new InvalidPreferException("code=" + raw + " is not an HTTP status from 100 to 599");
    }

    private static long delay(String raw) throws InvalidPreferException {
        long max = InjectedFault.MAX_DELAY.toMillis();
        if (raw.length() <= 6 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long delay = Long.parseLong(raw);
            if (delay <= max) {
                return delay;
            }
        }
        throw new InvalidPreferException("delay=" + raw + " is not a number of milliseconds from 0 to " + max);
    }

    /** The comma-separated items of a header value; commas inside double quotes do not separate. */
    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                items.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        items.add(value.substring(start).trim());
        return items;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
