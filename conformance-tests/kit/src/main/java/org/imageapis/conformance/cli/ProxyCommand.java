package org.imageapis.conformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.imageapis.conformance.ValidationReport;
import org.imageapis.conformance.proxy.OperationReport;
import org.imageapis.conformance.proxy.ProxyReport;
import org.imageapis.conformance.proxy.ValidatingProxy;
import org.imageapis.conformance.proxy.ViolationCount;
import org.imageapis.signing.AkSkCredentials;
import org.imageapis.specs.Specs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code proxy}: a reverse proxy that validates live traffic until SIGTERM or Ctrl-C, then writes its report.
 * While it runs it logs one line per exchange with violations on stderr and serves the report at
 * {@value ValidatingProxy#REPORT_PATH}. Exit status 0 when no exchange had an error-severity violation, else 1.
 */
@Command(
        name = "proxy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        modelTransformer = PerApiOptions.Upstreams.class,
        description = {
            "Validate live traffic: a reverse proxy that checks each request and answer against the spec"
                    + " and forwards it unchanged. Stop it with SIGTERM or Ctrl-C to write the report.",
            "An answer with violations carries X-Conformance-Violations: N; the report is also served at "
                    + ValidatingProxy.REPORT_PATH + "."
        })
final class ProxyCommand implements Callable<Integer> {

    /** The report formats; lower case because they are the {@code --format} values. */
    enum ReportFormat {
        json,
        junit
    }

    @Spec
    CommandSpec command;

    @ArgGroup(multiplicity = "1")
    ApiSelection apis;

    @Option(
            names = "--upstream",
            required = true,
            paramLabel = "URL",
            description = "Where requests go: an http(s) base URL; a path prefix is kept.")
    String upstream;

    @Option(names = "--port", required = true, paramLabel = "PORT", description = "The port to listen on; 0 for any.")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "HOST",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--access-key",
            paramLabel = "AK:SK",
            converter = AccessKeyConverter.class,
            description = "The key pair clients sign with: signed requests are verified and signed again for the"
                    + " upstream. Without it, signed requests get a 401.")
    AkSkCredentials accessKey;

    @Option(names = "--strict", description = "Report undeclared fields and query parameters as errors, not warnings.")
    boolean strict;

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            defaultValue = "16MB",
            converter = ByteSize.class,
            description = "Hold and validate bodies up to this size; larger ones stream through unvalidated"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(
            names = "--upstream-timeout",
            paramLabel = "DURATION",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "How long the upstream may take to connect, or stay silent while an answer is awaited,"
                    + " before a 504 (default: ${DEFAULT-VALUE}).")
    Duration upstreamTimeout;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report here (default: stdout).")
    Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "The report's format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = command.commandLine().getErr();
        checkOutput();
        ValidatingProxy proxy = build(err);
        try {
            proxy.start();
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.onStop(stop::countDown);
        err.println("conformance proxy listening on " + proxy.baseUri() + " ("
                + proxy.upstreams().entrySet().stream()
                        .map(e -> e.getKey().id() + " -> " + e.getValue())
                        .collect(Collectors.joining(", "))
                + "); report at " + proxy.baseUri() + ValidatingProxy.REPORT_PATH);
        stop.await();
        proxy.close();
        ProxyReport report = proxy.report();
        writeReport(report);
        err.println("conformance proxy: " + report.exchanges() + " exchanges, " + report.exchangesWithViolations()
                + " with violations");
        return report.isValid() ? ExitCode.VALID : ExitCode.VIOLATIONS;
    }

    private ValidatingProxy build(PrintWriter err) {
        if (port < 0 || port > 65535) {
            throw new UsageException("invalid --port " + port + ": a port is 0 to 65535");
        }
        ValidatingProxy.Builder builder = ValidatingProxy.builder()
                .strict(strict)
                .maxBodySize(maxSize)
                .upstreamTimeout(upstreamTimeout)
                .host(host)
                .port(port)
                .log(err::println);
        upstream("--upstream", upstream, builder::upstream);
        Map<Specs.Api, String> overrides = PerApiOptions.given(command, PerApiOptions.Upstreams.PREFIX);
        overrides.forEach((api, url) -> {
            String option = PerApiOptions.Upstreams.PREFIX + api.id();
            if (!apis.apis().contains(api)) {
                throw new UsageException(
                        option + " is given, but " + api.id() + " is not among the APIs to validate (--api)");
            }
            upstream(option, url, uri -> builder.upstream(api, uri));
        });
        if (accessKey != null) {
            builder.accessKey(accessKey);
        }
        // Last: loading the specs takes a moment, and a usage error should not wait for it.
        apis.apis().forEach(builder::api);
        return builder.build();
    }

    /** Sets an upstream URL; a bad one is a usage error whose message leaves the value out (it may hold a password). */
    private static void upstream(String option, String url, Consumer<URI> set) {
        try {
            set.accept(new URI(url.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UsageException("invalid " + option + ": expected an http or https URL with a host and no user"
                    + " info, query or fragment, such as https://swr-api.example.com");
        }
    }

    /** A report that cannot be written should fail now, not after hours of traffic. */
    private void checkOutput() {
        if (output == null) {
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null
                || !Files.isDirectory(parent)
                || !Files.isWritable(parent)
                || Files.exists(output) && !Files.isWritable(output)) {
            throw new UsageException("cannot write the report to " + output + ": no such writable directory or file");
        }
    }

    private void writeReport(ProxyReport report) {
        if (output == null) {
            write(report, command.commandLine().getOut());
            return;
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            PrintWriter out = new PrintWriter(file);
            write(report, out);
            out.flush();
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + output + ": " + e.getMessage());
        }
    }

    private void write(ProxyReport report, PrintWriter out) {
        switch (format) {
            case json -> out.println(report.toJson());
            case junit ->
                OutputFormat.junit.write(
                        "conformance proxy",
                        report.operations().stream().map(ProxyCommand::asResult).toList(),
                        out);
        }
        out.flush();
    }

    /** One JUnit test case per operation, failing with its violations. */
    private static InputResult asResult(OperationReport operation) {
        return InputResult.validated(
                operation.name() + " (" + operation.exchanges() + " exchanges)",
                new ValidationReport(operation.violations().stream()
                        .map(ViolationCount::violation)
                        .toList()));
    }
}
