package org.imageapis.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imageapis.server.auth.Credentials;

/** The command line of {@link Main}. {@link #toString()} leaves tokens and secret keys out. */
record ServerOptions(
        String host,
        int port,
        Optional<Path> data,
        int generate,
        List<String> tokens,
        Map<String, String> accessKeys,
        boolean prefer,
        boolean help) {

    static final String USAGE = """
            Usage: java -jar reference-server.jar [options]
              --host HOST          address to listen on (default 127.0.0.1)
              --port PORT          port to listen on, 0 for any free port (default 8080)
              --data FILE          JSON dataset to serve instead of the built-in one
              --generate N         add N deterministic synthetic records per API
              --token TOKEN        accept this X-Auth-Token (repeatable; default: any non-empty token)
              --access-key AK:SK   accept AK/SK signatures by this key pair (repeatable)
              --no-prefer          ignore the Prefer request header (code=, example=, delay=)
              --help               print this help""";

    /** Thrown for a bad command line; the message is one line for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static ServerOptions parse(String... args) throws UsageException {
        String host = "127.0.0.1";
        int port = 8080;
        Path data = null;
        int generate = 0;
        List<String> tokens = new ArrayList<>();
        Map<String, String> accessKeys = new LinkedHashMap<>();
        boolean prefer = true;
        Iterator<String> it = List.of(args).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--host" -> host = value(it, option);
                case "--port" -> port = integer(value(it, option), option, 0, 65535);
                case "--data" -> data = Path.of(value(it, option));
                case "--generate" -> generate = integer(value(it, option), option, 0, 1_000_000);
                case "--token" -> tokens.add(value(it, option));
                case "--access-key" -> {
                    String pair = value(it, option);
                    int colon = pair.indexOf(':');
                    if (colon <= 0 || colon == pair.length() - 1) {
                        throw new UsageException("--access-key needs AK:SK, both non-empty");
                    }
                    accessKeys.put(pair.substring(0, colon), pair.substring(colon + 1));
                }
                case "--no-prefer" -> prefer = false;
                case "--help", "-h" -> {
                    return new ServerOptions(host, port, Optional.empty(), 0, List.of(), Map.of(), prefer, true);
                }
                default -> throw new UsageException("unknown option " + option + " (try --help)");
            }
        }
        return new ServerOptions(
                host,
                port,
                Optional.ofNullable(data),
                generate,
                List.copyOf(tokens),
                Map.copyOf(accessKeys),
                prefer,
                false);
    }

    Credentials credentials() {
        return new Credentials(tokens, accessKeys);
    }

    private static String value(Iterator<String> it, String option) throws UsageException {
        if (!it.hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        String value = it.next();
        if (value.isEmpty()) {
            throw new UsageException(option + " needs a non-empty value");
        }
        return value;
    }

    private static int integer(String value, String option, int min, int max) throws UsageException {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs an integer from " + min + " to " + max + ", not '" + value + "'");
    }

    @Override
    public String toString() {
        return "ServerOptions[host=" + host + ", port=" + port + ", data=" + data + ", generate=" + generate
                + ", tokens=" + tokens.size() + ", accessKeys=" + accessKeys.keySet() + ", prefer=" + prefer + "]";
    }
}
