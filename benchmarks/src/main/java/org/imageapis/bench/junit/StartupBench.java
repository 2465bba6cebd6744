package org.imageapis.bench.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imageapis.server.junit.ImageApisServer;

/**
 * The JUnit extension's start-up beside WireMock's: the time from {@code start()} to the first 200 on each API.
 * One run of this class is one JVM; {@code server-stub/bench/start.sh} runs it in fresh JVMs and takes medians.
 *
 * <pre>
 * StartupBench first image-apis|wiremock        one start in this (fresh) JVM
 * StartupBench warm image-apis|wiremock N       one unmeasured start, then N start / first 200 / stop cycles
 * StartupBench warm image-apis-new N            the same, each cycle with a configuration not seen before
 * </pre>
 *
 * Prints one line per measured start: {@code <server> <kind> <ms to the first 200 on each API, in order>}. The
 * reference server is started as the extension starts it ({@code ImageApisServer}, built-in dataset, a new server
 * each cycle, as for each test class; {@code image-apis} keeps the configuration, so the JVM's application for it is
 * reused, {@code image-apis-new} adds an access key of its own each cycle, so Jersey is initialised each time); WireMock with one stub, the SWR doc example. The first 200 is polled over
 * a raw socket, so that no HTTP client's start is measured.
 */
public final class StartupBench {

    /** The doc example request of each API, in the order they are polled. */
    static final List<String> IMAGE_APIS_PATHS = List.of(
            "/v1/0123456789abcdef/images/group?type=DEDICATED",
            "/v1/a4da8115c9d8464ead3a38309130523f/image-servers?limit=10&offset=0",
            "/v5/0123456789abcdef/image/0f5e3b6a9c1d4e7f/basic-image?offset=0&limit=200&image_type=private_image"
                    + "&namespace=scc_hss_container&image_name=proxy-agent&image_version=24.5.0-x86_64"
                    + "&enterprise_project_id=all_granted_eps",
            "/v2/manage/shared-repositories?center=self&namespace=namespace");

    static final String WIREMOCK_PATH = "/v2/manage/shared-repositories?center=self&namespace=namespace";
    private static final String SWR_EXAMPLE = "[{\"name\":\"busybox\",\"category\":\"other\",\"description\":\"\","
            + "\"size\":115645792,\"is_public\":false,\"num_images\":1,\"num_download\":0,"
            + "\"created_at\":\"2021-06-02T09:23:01.751202Z\",\"updated_at\":\"2021-06-10T07:24:35.204517Z\","
            + "\"logo\":\"\",\"url\":\"\",\"path\":\"{Repository address}/group/busybox\","
            + "\"internal_path\":\"{Repository address}/group/busybox\",\"domain_name\":\"domain\","
            + "\"namespace\":\"namespace\",\"tags\":[\"v1\",\"v2\"],\"status\":true,\"total_range\":1}]";

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StartupBench first|warm image-apis|wiremock [cycles]");
            System.exit(2);
        }
        String kind = args[0];
        String server = args[1];
        int cycles = kind.equals("warm") ? Integer.parseInt(args[2]) : 1;
        if (kind.equals("warm")) {
            once(server, -1); // the cold start, not measured
        }
        for (int i = 0; i < cycles; i++) {
            long[] millis = once(server, i);
            StringBuilder line = new StringBuilder(server).append(' ').append(kind);
            for (long ms : millis) {
                line.append(' ').append(ms);
            }
            System.out.println(line);
        }
    }

    /** One start, the first 200 on each API, one stop: the milliseconds from start() to each first 200. */
    private static long[] once(String server, int cycle) throws Exception {
        return switch (server) {
            case "image-apis" -> imageApis(ImageApisServer.builder());
            case "image-apis-new" -> imageApis(ImageApisServer.builder().accessKey("CYCLE" + cycle, "cycle-secret"));
            case "wiremock" -> wireMock();
            default -> throw new IllegalArgumentException("unknown server " + server);
        };
    }

    private static long[] imageApis(ImageApisServer.Builder configuration) throws Exception {
        long started = System.nanoTime();
        ImageApisServer server = configuration.build().start();
        try {
            long[] millis = new long[IMAGE_APIS_PATHS.size()];
            for (int i = 0; i < millis.length; i++) {
                awaitOk(server.port(), IMAGE_APIS_PATHS.get(i));
                millis[i] = (System.nanoTime() - started) / 1_000_000;
            }
            return millis;
        } finally {
            server.stop();
        }
    }

    private static long[] wireMock() throws Exception {
        long started = System.nanoTime();
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        try {
            server.stubFor(get(urlPathEqualTo("/v2/manage/shared-repositories")).willReturn(okJson(SWR_EXAMPLE)));
            awaitOk(server.port(), WIREMOCK_PATH);
            return new long[] {(System.nanoTime() - started) / 1_000_000};
        } finally {
            server.stop();
        }
    }

    /** Polls {@code path} until it answers 200 (at most 30 s). */
    private static void awaitOk(int port, String path) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (status(port, path) == 200) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IOException("no 200 from " + path + " within 30 s");
    }

    /** The status of a GET over a fresh connection, or -1 when it fails. */
    private static int status(int port, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Auth-Token: bench-token\r\n"
                            + "region: cn-north-4\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int read = 0;
            for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
                read += n;
            }
            String statusLine = new String(head, 0, read, StandardCharsets.US_ASCII);
            int status = statusLine.startsWith("HTTP/1.1 ") && read == 12
                    ? Integer.parseInt(statusLine.substring(9, 12))
                    : -1;
            in.transferTo(OutputStream.nullOutputStream());
            return status;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
