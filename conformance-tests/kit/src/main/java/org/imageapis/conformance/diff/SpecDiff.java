package org.imageapis.conformance.diff;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.spec.SpecDocument;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;

/**
 * Compares two versions of a spec and classifies every change for clients and servers.
 *
 * <pre>{@code
 * DiffReport report = SpecDiff.compare(Path.of("released/swr.yaml"), Path.of("target/openapi/swr.yaml"));
 * if (report.breaks(Side.CLIENTS)) { ... }
 * }</pre>
 */
public final class SpecDiff {

    private SpecDiff() {}

    /**
     * Compares two spec files (YAML or JSON; relative references resolved).
     *
     * @param oldSpec the released spec file
     * @param newSpec the changed spec file
     * @return the changes, classified
     */
    public static DiffReport compare(Path oldSpec, Path newSpec) {
        return compare(String.valueOf(oldSpec), read(oldSpec), String.valueOf(newSpec), read(newSpec));
    }

    /**
     * Compares two parsed specs; {@code oldName} and {@code newName} name them in reports. openapi-diff copies the
     * top-level security requirements into the operations of the models it is given: pass models of your own.
     *
     * @param oldName what the old spec is called in the report
     * @param oldSpec the old spec, parsed
     * @param newName what the new spec is called in the report
     * @param newSpec the new spec, parsed
     * @return the changes, classified
     */
    public static DiffReport compare(String oldName, OpenAPI oldSpec, String newName, OpenAPI newSpec) {
        List<Change> changes;
        try {
            changes = new ChangeCollector()
                    .collect(OpenApiDiff.compare(
                            oldSpec, newSpec, OpenApiDiffOptions.builder().build()));
        } catch (RuntimeException e) {
            // The parser accepts what openapi-diff then trips over: a $ref to nothing, an undeclared security scheme.
            throw new SpecLoadException("cannot compare " + oldName + " with " + newName + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (is each a valid OpenAPI 3.0 document, every $ref resolved?)");
        }
        return new DiffReport(oldName, newName, changes);
    }

    /**
     * Reads a spec file, resolving its relative references.
     *
     * @param file the spec file
     * @return the parsed spec
     */
    public static OpenAPI read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException("cannot read the spec " + file + ": no such file");
        }
        return parsed(new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options()), file);
    }

    /**
     * Reads a self-contained spec from a URL, such as a bundle on the classpath.
     *
     * @param url the spec's URL
     * @return the parsed spec
     */
    public static OpenAPI read(URL url) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parsed(new OpenAPIV3Parser().readContents(text, null, options()), url);
        } catch (IOException e) {
            throw new SpecLoadException("cannot read the spec " + url + ": " + e.getMessage());
        }
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    private static OpenAPI parsed(SwaggerParseResult result, Object location) {
        OpenAPI openApi = SpecDocument.openApi(result, location);
        if (openApi.getSpecVersion() == SpecVersion.V31) {
            // openapi-diff 2.1.7 reads 3.1 schemas as 3.0 ones: it misses changes to array items and to type arrays
            // ("null" included), so a 3.1 comparison would pass breaking changes silently.
            throw new SpecLoadException("cannot compare " + location + ": it is OpenAPI " + openApi.getOpenapi()
                    + ", and diff compares OpenAPI 3.0 documents only (compare their 3.0 variants)");
        }
        return openApi;
    }
}
