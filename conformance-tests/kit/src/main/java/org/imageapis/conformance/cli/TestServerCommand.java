package org.imageapis.conformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.imageapis.conformance.tck.CheckName;
import org.imageapis.conformance.tck.ReportFormat;
import org.imageapis.conformance.tck.ServerTestKit;
import org.imageapis.conformance.tck.TckReport;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code test-server}: the server test kit, run against a server that implements some of the APIs. */
@Command(
        name = "test-server",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        modelTransformer = PerApiOptions.BaseUrls.class,
        description = {
            "Check that a server answers as the specs and the providers' pages say: response schemas, the doc "
                    + "pages' requests, paging, filters, sorting, bounds, auth, headers and generated requests.",
            "Exit status: 0 every check passed, 1 a check failed, 2 usage error or unreachable server."
        })
final class TestServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @ArgGroup(multiplicity = "1")
    ApiSelection apis;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The server's base URL for every API (scheme, host, port, optional path prefix).")
    URI baseUrl;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            defaultValue = "${env:IMAGE_APIS_TOKEN}",
            description = "An accepted X-Auth-Token (default: $IMAGE_APIS_TOKEN).")
    String token;

    @Option(
            names = "--access-key",
            paramLabel = "AK:SK",
            defaultValue = "${env:IMAGE_APIS_ACCESS_KEY}",
            converter = AccessKeyConverter.class,
            description = "An accepted AK/SK pair: signs requests without a token and tests signatures "
                    + "(default: $IMAGE_APIS_ACCESS_KEY).")
    AkSkCredentials accessKey;

    @Option(
            names = "--project-id",
            paramLabel = "ID",
            description = "The project id in paths (default: a placeholder).")
    String projectId;

    @Option(names = "--region", paramLabel = "REGION", description = "HSS's region header (default: cn-north-4).")
    String region;

    @Option(
            names = "--hss-image",
            paramLabel = "ID:TYPE",
            description = "The HSS image to look up, such as 111:cicd (default: the doc example's image).")
    String hssImage;

    @Option(
            names = "--requests",
            paramLabel = "N",
            defaultValue = "500",
            description = "Generated requests per operation for the fuzz check (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", paramLabel = "S", description = "The fuzz check's seed (default: fixed).")
    Long seed;

    @Option(
            names = "--check",
            paramLabel = "NAME",
            split = ",",
            description = "Run only these checks; repeatable or comma-separated: ${COMPLETION-CANDIDATES}.",
            completionCandidates = CheckNames.class)
    List<String> only = new ArrayList<>();

    @Option(
            names = "--skip",
            paramLabel = "NAME",
            split = ",",
            description = "Leave out these checks.",
            completionCandidates = CheckNames.class)
    List<String> skip = new ArrayList<>();

    @Option(names = "--strict", description = "Undeclared fields and query parameters are failures, not warnings.")
    boolean strict;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Report format: text, json or junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report here; the text report still goes to standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ServerTestKit.Builder kit = ServerTestKit.builder();
        baseUrls().forEach(kit::api);
        if (token != null && !token.isEmpty()) {
            kit.token(token);
        }
        if (accessKey != null) {
            kit.accessKey(accessKey);
        }
        if (projectId != null) {
            kit.projectId(projectId);
        }
        if (region != null) {
            kit.region(region);
        }
        if (hssImage != null) {
            String[] image = hssImage.split(":", 2);
            if (image.length != 2 || image[0].isEmpty() || image[1].isEmpty()) {
                throw new UsageException("invalid --hss-image '" + hssImage + "': expected ID:TYPE, such as 111:cicd");
            }
            kit.hssImage(image[0], image[1]);
        }
        if (requests < 1) {
            throw new UsageException("invalid --requests " + requests + ": at least 1");
        }
        kit.requestsPerOperation(requests).strict(strict).checks(checks());
        if (seed != null) {
            kit.seed(seed);
        }
        ReportFormat reportFormat = reportFormat();
        TckReport report = kit.build().run();
        PrintWriter out = command.commandLine().getOut();
        if (output == null) {
            reportFormat.write(report, out);
        } else {
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                reportFormat.write(report, file);
            }
            ReportFormat.TEXT.write(report, out);
        }
        return report.isSuccess() ? ExitCode.VALID : ExitCode.VIOLATIONS;
    }

    private Map<Specs.Api, URI> baseUrls() {
        Map<Specs.Api, URI> overrides = PerApiOptions.given(command, PerApiOptions.BaseUrls.PREFIX);
        Map<Specs.Api, URI> urls = new EnumMap<>(Specs.Api.class);
        for (Specs.Api api : apis.apis()) {
            URI url = overrides.getOrDefault(api, baseUrl);
            if (url == null) {
                throw new UsageException("no base URL for " + api.id() + ": give --base-url or "
                        + PerApiOptions.BaseUrls.PREFIX + api.id());
            }
            urls.put(api, checkedUrl(url));
        }
        return urls;
    }

    private static URI checkedUrl(URI url) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new UsageException("invalid base URL '" + url + "': expected http(s)://host[:port][/prefix]");
        }
        try {
            return new URI(scheme, null, url.getHost(), url.getPort(), url.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new UsageException("invalid base URL '" + url + "': " + e.getMessage());
        }
    }

    private Set<CheckName> checks() {
        Set<CheckName> selected = only.isEmpty() ? EnumSet.allOf(CheckName.class) : EnumSet.noneOf(CheckName.class);
        only.forEach(name -> selected.add(check(name)));
        skip.forEach(name -> selected.remove(check(name)));
        if (selected.isEmpty()) {
            throw new UsageException("no check left to run after --check and --skip");
        }
        return selected;
    }

    private static CheckName check(String name) {
        return CheckName.byId(name.trim())
                .orElseThrow(() -> new UsageException("unknown check '" + name
                        + "'; the checks are "
                        + Arrays.stream(CheckName.values()).map(CheckName::id).collect(Collectors.joining(", "))));
    }

    private ReportFormat reportFormat() {
        return Arrays.stream(ReportFormat.values())
                .filter(f -> f.name().equalsIgnoreCase(format))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown --format '" + format + "': text, json or junit"));
    }

    /** The check names, for the usage message. */
    static final class CheckNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        CheckNames() {
            super(Arrays.stream(CheckName.values()).map(CheckName::id).toList());
        }
    }
}
