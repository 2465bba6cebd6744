package org.imageapis.specs.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one self-contained OpenAPI document per API: {@code <source-root>/<api>/openapi.yaml} and everything it
 * references become {@code <output-dir>/<api>.yaml}, with only internal {@code $ref}s and inline examples, and its
 * OpenAPI 3.1 variant ({@link Oas31Converter}) becomes {@code <output-dir>/3.1/<api>.yaml}: a folder of its own, so
 * that a glob of the output's {@code *.yaml} finds the 3.0 bundles only.
 *
 * <p>Usage: {@code SpecBundler <source-root> <output-dir> [<api>...]}; without APIs, every directory of the source
 * root that holds an {@code openapi.yaml} is one, so that adding an API's folder is all the build needs. Exits
 * non-zero with a one-line message naming the file at fault if a reference cannot be resolved.
 */
public final class SpecBundler {

    /** The folder of the output, and of the specs jar's {@code openapi/}, that holds the OpenAPI 3.1 variants. */
    private static final String OAS31_DIR = "3.1";

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
            Path oas31Dir = Files.createDirectories(outputDir.resolve(OAS31_DIR));
            for (String api : apis) {
                ObjectNode tree = tree(sourceRoot, api);
                Path bundle = outputDir.resolve(api + ".yaml");
                Path oas31 = oas31Dir.resolve(api + ".yaml");
                Files.writeString(bundle, text(tree, api));
                Files.writeString(oas31, text(convert31(tree, api), api));
                out.println("Bundled " + api + " into " + bundle + " and " + oas31);
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
        return text(tree(sourceRoot, api), api);
    }

    /**
     * The OpenAPI 3.1 variant of {@link #bundle}.
     *
     * @throws BundleException as {@link #bundle} does, and if the spec uses what {@link Oas31Converter} refuses
     */
    public static String bundle31(Path sourceRoot, String api) {
        return text(convert31(tree(sourceRoot, api), api), api);
    }

    private static ObjectNode convert31(ObjectNode tree, String api) {
        try {
            return Oas31Converter.convert(tree);
        } catch (BundleException e) {
            throw new BundleException(api + "/openapi.yaml, OpenAPI 3.1 variant: " + e.getMessage());
        }
    }

    private static ObjectNode tree(Path sourceRoot, String api) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        return new Bundler(new Documents(root), root.resolve(api).resolve("openapi.yaml")).bundle();
    }

    private static String text(ObjectNode tree, String api) {
        try {
            return Yaml.YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the bundle of " + api, e);
        }
    }
}
