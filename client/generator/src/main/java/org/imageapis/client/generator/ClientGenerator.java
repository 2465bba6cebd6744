package org.imageapis.client.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the client's code for the spec bundles: for each, the models (openapi-generator's {@code java} generator,
 * into {@code <package>.model}) and the per-operation code: each operation's request record, the service class with
 * the typed calls, their {@code listAll…} auto-pagers (from {@code x-paging}) and raw-response forms, and a page class
 * for each operation whose body is a JSON array.
 *
 * <pre>
 * ClientGenerator --bundles target/specs/openapi --output DIR --models DIR
 * ClientGenerator --spec gallery.yaml --package org.example.gallery --service GalleryService --output DIR --models DIR
 * </pre>
 *
 * With {@code --bundles}, every {@code <id>.yaml} directly in the directory is an API the client registers: its
 * package is {@code org.imageapis.client.<id>}, its service class is named by the spec's {@code info.x-client.name}
 * ({@code Swr} gives {@code SwrService}), and the {@code Service} enum gets one constant per bundle, {@code <ID>}, from
 * which the service is built ({@code new SwrService(client)}). With {@code --spec}, one spec the client does not
 * register: its service's constructor also takes the endpoint to call.
 */
public final class ClientGenerator {

    private static final String USAGE = "usage: --bundles DIR --output DIR --models DIR, or --spec FILE --package NAME "
            + "--service CLASS --output DIR --models DIR";

    /**
     * The models: no API classes (the hand-written core owns the HTTP exchange, see
     * org.imageapis.client.http.Transport), Jackson, java.time, Jakarta annotations, no nullable wrapper, unknown enum
     * values kept.
     */
    static final OpenApiGenerator MODELS = new OpenApiGenerator(
            "java",
            "native",
            false,
            Map.ofEntries(
                    Map.entry("serializationLibrary", "jackson"),
                    Map.entry("dateLibrary", "java8"),
                    Map.entry("useJakartaEe", "true"),
                    Map.entry("openApiNullable", "false"),
                    Map.entry("enumUnknownDefaultCase", "true"),
                    Map.entry("hideGenerationTimestamp", "true"),
                    Map.entry("supportUrlQuery", "false"),
                    Map.entry("useBeanValidation", "false"),
                    Map.entry("annotationLibrary", "none"),
                    Map.entry("sourceFolder", "src/main/java")));

    /** The file, in the models' directory, that names their packages for javadoc. */
    static final String MODEL_PACKAGES = "model-packages.properties";

    private ClientGenerator() {}

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 == args.length) {
                throw new GeneratorException(args[i] + " has no value; " + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        List<String> required = options.containsKey("--bundles")
                ? List.of("--output", "--models")
                : List.of("--spec", "--package", "--service", "--output", "--models");
        for (String option : required) {
            if (!options.containsKey(option)) {
                throw new GeneratorException("missing " + option + "; " + USAGE);
            }
        }
        Path output = Path.of(options.get("--output"));
        Path models = Path.of(options.get("--models"));
        if (options.containsKey("--bundles")) {
            generateAll(Path.of(options.get("--bundles")), output, models);
        } else {
            generate(
                    SpecModel.read(Path.of(options.get("--spec"))),
                    options.get("--package"),
                    options.get("--service"),
                    Optional.empty(),
                    output,
                    models);
        }
    }

    /**
     * Every bundle of {@code bundles} as an API the client registers, the {@code Service} enum of them all and the
     * client's accessor of each.
     */
    static void generateAll(Path bundles, Path output, Path models) {
        List<Bundles.Bundle> found = Bundles.in(bundles);
        List<ServiceAccessorsWriter.Accessor> accessors = new ArrayList<>();
        for (Bundles.Bundle bundle : found) {
            SpecModel model = SpecModel.read(bundle.file());
            String packageName = "org.imageapis.client." + bundle.id();
            String serviceClass = model.clientName() + "Service";
            generate(model, packageName, serviceClass, Optional.of(bundle.constant()), output, models);
            accessors.add(new ServiceAccessorsWriter.Accessor(packageName + "." + serviceClass, model.title()));
        }
        ServiceEnumWriter.write(found).writeTo(output);
        ServiceAccessorsWriter.write(accessors).writeTo(output);
        writeModelPackages(found, models);
    }

    /**
     * {@code models/model-packages.properties}: openapi-generator's model packages, as javadoc's
     * {@code -Xdoclint/package:} excludes them. Its model comments leave out {@code @return} and the constants', so
     * the client's build reads this file (properties-maven-plugin) to keep them out of doclint; javadoc takes no
     * wildcard inside a package name, and a list in the pom would name every API by hand.
     */
    static void writeModelPackages(List<Bundles.Bundle> bundles, Path models) {
        String packages = bundles.stream()
                .map(bundle -> "-org.imageapis.client." + bundle.id() + ".model")
                .collect(Collectors.joining(","));
        try {
            Files.createDirectories(models);
            Files.writeString(models.resolve(MODEL_PACKAGES), "client.model.packages.doclint=" + packages + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One spec's models under {@code models} and its per-operation classes under {@code output}. */
    private static void generate(
            SpecModel model,
            String packageName,
            String serviceClass,
            Optional<String> serviceConstant,
            Path output,
            Path models) {
        writeOperations(model, packageName, serviceClass, serviceConstant, output);
        MODELS.generate(model.file(), models, packageName + ".api", packageName + ".model", packageName + ".invoker");
    }

    /** The package's per-operation classes under {@code output}, replacing what an earlier run wrote there. */
    static void writeOperations(
            SpecModel model, String packageName, String serviceClass, Optional<String> serviceConstant, Path output) {
        List<OperationView> views = new ArrayList<>();
        for (SpecModel.Operation operation : model.operations()) {
            views.add(OperationView.of(model, operation));
        }
        Path packageDirectory = output.resolve(packageName.replace('.', '/'));
        deleteFiles(packageDirectory);
        List<JavaFile> files = new ArrayList<>();
        for (OperationView view : views) {
            files.add(RequestWriter.write(packageName, view));
            if (view.result().isPage()) {
                files.add(PageWriter.write(packageName, view));
            }
        }
        files.add(ServiceWriter.write(
                packageName, serviceClass, serviceConstant, model.title(), views, model.clientHeaders()));
        files.forEach(file -> file.writeTo(output));
    }

    /** The Java files directly in {@code directory}: the models' subpackage is openapi-generator's. */
    private static void deleteFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
