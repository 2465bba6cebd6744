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
import java.util.stream.Stream;

/**
 * Writes the client's per-operation code for one bundled spec: each operation's request record,
 * the service class with the typed calls, their {@code listAll…} auto-pagers (from {@code x-paging})
 * and raw-response forms, and a page class for each operation whose body is a JSON array. The models
 * come from openapi-generator, into {@code <package>.model}.
 *
 * <pre>
 * ClientGenerator --spec swr.yaml --package org.imageapis.client.swr --service SwrService
 *                 [--service-constant SWR] --output target/generated-sources/client
 *                 [--header Content-Type=application/json]
 * </pre>
 *
 * {@code --service-constant} names the API's {@code Service} constant: the service is then built
 * from the client alone ({@code new SwrService(client)}). Without it, for a spec the client does not
 * register yet, the service's constructor also takes the endpoint to call.
 *
 * {@code --header} adds a constant header to every call of the API, for what a spec cannot declare
 * (OpenAPI ignores {@code Content-Type} header parameters).
 */
public final class ClientGenerator {

    private ClientGenerator() {}

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--header")) {
                String[] header = args[i + 1].split("=", 2);
                if (header.length != 2) {
                    throw new GeneratorException("--header takes Name=Value, was " + args[i + 1]);
                }
                headers.put(header[0], header[1]);
            } else {
                options.put(args[i], args[i + 1]);
            }
        }
        for (String required : List.of("--spec", "--package", "--service", "--output")) {
            if (!options.containsKey(required)) {
                throw new GeneratorException("missing " + required + "; usage: --spec FILE --package NAME "
                        + "--service CLASS [--service-constant NAME] --output DIR [--header Name=Value ...]");
            }
        }
        generate(
                Path.of(options.get("--spec")),
                options.get("--package"),
                options.get("--service"),
                Optional.ofNullable(options.get("--service-constant")),
                Path.of(options.get("--output")),
                headers);
    }

    /** Writes the package's classes under {@code output}, replacing what an earlier run wrote there. */
    static void generate(
            Path spec,
            String packageName,
            String serviceClass,
            Optional<String> serviceConstant,
            Path output,
            Map<String, String> constantHeaders) {
        SpecModel model = SpecModel.read(spec);
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
        files.add(
                ServiceWriter.write(packageName, serviceClass, serviceConstant, model.title(), views, constantHeaders));
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
