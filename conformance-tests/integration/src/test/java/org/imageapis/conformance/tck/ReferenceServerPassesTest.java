package org.imageapis.conformance.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.imageapis.conformance.cli.ConformanceCli;
import org.imageapis.server.ReferenceServer;
import org.imageapis.server.auth.Credentials;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.DatasetLoader;
import org.imageapis.server.data.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The reference server passes the kit, through its command line as a user runs it: on the built-in dataset and on
 * 1,000 generated records per API, with a token and with an access key. The only skipped cases are those the specs
 * give nothing to check: SWR's page has no example request, Workspace and HSS have no sort parameter.
 */
class ReferenceServerPassesTest {

    private static final String TOKEN = "tck-token";
    private static final String ACCESS_KEY = "TCKACCESSKEY00000001";
    private static final String SECRET_KEY = "tck-secret-key";
    private static final List<String> EXPECTED_SKIPS = List.of(
            "swr.listSharedRepositories.doc-requests",
            "workspace.listImageServers.sorting",
            "hss.listImageBasicImages.sorting");

    @TempDir
    Path output;

    @Test
    void builtInDatasetWithATokenAndTheDefaults() throws Exception {
        try (ReferenceServer server = start(DatasetLoader.builtIn())) {
            Run run = cli(
                    "test-server",
                    "--all",
                    "--base-url",
                    server.baseUri().toString(),
                    "--token",
                    TOKEN,
                    "--format",
                    "junit",
                    "--output",
                    output.resolve("report.xml").toString());

            assertThat(run.exitCode()).as(run.out()).isZero();
            Document junit = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(output.resolve("report.xml").toFile());
            assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(4);
            assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(4 * CheckName.values().length);
            assertThat(junit.getElementsByTagName("failure").getLength()).isZero();
            assertThat(skipped(run.out())).containsExactlyInAnyOrderElementsOf(EXPECTED_SKIPS);
        }
    }

    @Test
    void aThousandRecordsPerApiWithAnAccessKey() throws Exception {
        try (ReferenceServer server = start(DatasetLoader.builtIn().plus(SyntheticData.generate(1_000)))) {
            Run run = cli(
                    "test-server",
                    "--all",
                    "--base-url",
                    server.baseUri().toString(),
                    "--access-key",
                    ACCESS_KEY + ":" + SECRET_KEY,
                    "--hss-image",
                    SyntheticData.HSS_IMAGE_ID + ":cicd",
                    "--requests",
                    "200");

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out())
                    .contains("PASS modelarts.listImageGroups.paging", "1007 records in pages of 51")
                    .contains("PASS hss.listImageBasicImages.paging", "1000 records in pages of 50")
                    .contains("PASS swr.listSharedRepositories.auth", "a correct one accepted");
            assertThat(skipped(run.out())).containsExactlyInAnyOrderElementsOf(EXPECTED_SKIPS);
            assertThat(run.out()).doesNotContain(SECRET_KEY);
        }
    }

    private static ReferenceServer start(Dataset dataset) throws IOException {
        return ReferenceServer.start(
                "127.0.0.1",
                0,
                dataset,
                new Credentials(List.of(TOKEN), Map.of(ACCESS_KEY, SECRET_KEY)),
                Clock.systemUTC());
    }

    private static List<String> skipped(String text) {
        return text.lines()
                .filter(line -> line.startsWith("SKIP "))
                .map(line -> line.split("\\s+")[1])
                .toList();
    }

    private record Run(int exitCode, String out) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ConformanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exitCode, out + err.toString());
    }
}
