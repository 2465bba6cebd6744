package org.imageapis.client.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The spec bundles of a directory, {@code <id>.yaml} each, in id order: only the files directly in it, so variants in
 * subdirectories (the OpenAPI 3.1 ones under {@code 3.1/}) are not APIs of their own.
 */
final class Bundles {

    /** The id names Java packages ({@code org.imageapis.client.<id>}) and the {@code Service} constant. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

    /** One bundle: its id, the file's name without {@code .yaml}, and the file. */
    record Bundle(String id, Path file) {

        /** The API's constant in the client's {@code Service} enum. */
        String constant() {
            return id.toUpperCase(Locale.ROOT);
        }
    }

    private Bundles() {}

    static List<Bundle> in(Path directory) {
        List<Bundle> bundles;
        try (Stream<Path> files = Files.list(directory)) {
            bundles = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(file -> {
                        String name = file.getFileName().toString();
                        return new Bundle(name.substring(0, name.length() - ".yaml".length()), file);
                    })
                    .toList();
        } catch (IOException e) {
            throw new GeneratorException("cannot list the bundles in " + directory + ": " + e.getMessage());
        }
        if (bundles.isEmpty()) {
            throw new GeneratorException("no <id>.yaml bundle in " + directory);
        }
        for (Bundle bundle : bundles) {
            if (!ID.matcher(bundle.id()).matches()) {
                throw new GeneratorException(bundle.file() + ": '" + bundle.id()
                        + "' is not a valid API id: use lowercase letters and digits, starting with a letter");
            }
        }
        return bundles;
    }
}
