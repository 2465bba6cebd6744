package org.imageapis.specs.bundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one self-contained OpenAPI document per API: {@code <source-root>/<api>/openapi.yaml} and everything it
 * references become {@code <output-dir>/<api>.yaml}, with only internal {@code $ref}s and inline examples.
 *
 * <p>Usage: {@code SpecBundler <source-root> <output-dir> [<api>...]}; without APIs, every directory of the source
 * root that holds an {@code openapi.yaml} is one, so that adding an API's folder is all the build needs. Exits
 * non-zero with a one-line message naming the file at fault if a reference cannot be resolved.
 */
public final class SpecBundler {

    private SpecBundler() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("Usage: SpecBundler <source-root> <output-dir> [<api>...]");
            return 2;
        }
        Path sourceRoot = Path.of(args[0]);
        Path outputDir = Path.of(args[1]);
        List<String> apis;
        try {
            apis = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : apis(sourceRoot);
        } catch (IOException e) {
            err.println("ERROR: cannot list the APIs in " + sourceRoot + ": " + e);
            return 1;
        }
        if (apis.isEmpty()) {
            err.println("ERROR: no <api>/openapi.yaml under " + sourceRoot);
            return 1;
        }
        try {
            Files.createDirectories(outputDir);
            for (String api : apis) {
                Path bundle = outputDir.resolve(api + ".yaml");
                Files.writeString(bundle, bundle(sourceRoot, api));
                out.println("Bundled " + api + " into " + bundle);
            }
            return 0;
        } catch (BundleException e) {
            err.println("ERROR: " + e.getMessage());
        } catch (IOException e) {
            err.println("ERROR: cannot write to " + outputDir + ": " + e);
        }
        return 1;
    }

    /** The directories of {@code sourceRoot} that hold an {@code openapi.yaml}, by name. */
    static List<String> apis(Path sourceRoot) throws IOException {
        try (Stream<Path> children = Files.list(sourceRoot)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("openapi.yaml")))
                    .map(child -> child.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /**
     * Bundles {@code <sourceRoot>/<api>/openapi.yaml} into one YAML document; the same sources always give the
     * same text.
     *
     * @throws BundleException if a reference or an external example cannot be resolved, or two different
     *     components would share a name
     */
    public static String bundle(Path sourceRoot, String api) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        Bundler bundler = new Bundler(new Documents(root), root.resolve(api).resolve("openapi.yaml"));
        try {
            return Yaml.YAML.writeValueAsString(bundler.bundle());
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the bundle of " + api, e);
        }
    }
}
