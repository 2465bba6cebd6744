package org.imageapis.release.javaapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate over two versions of a tiny module, compiled in the test: an incompatible change fails unless
 * acknowledged with a reason, a stale acknowledgement fails, a compatible change and an internal package pass.
 */
class JavaApiGateTest {

    private static final String MODULE = "image-apis-client";
    private static final String GREETER =
            "package org.example; public class Greeter {" + " public String hello(String name) { return name; }";
    private static final String WIRE = "package org.example.internal; public class Wire {";
    private static final String REMOVED_FAREWELL = "org.example.Greeter#farewell(java.lang.String,int) METHOD_REMOVED";

    @TempDir
    Path dir;

    private record Run(int status, String out) {}

    @Test
    void withoutABaselineTheGateIsSkipped() throws IOException {
        Run run = gate("", "acknowledged: []\n");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "java api gate: skipped: no released baseline (japicmp.baseline.version is unset until the"
                                + " first release; docs/releasing.md)",
                        "java api gate: no unacknowledged incompatible change");
    }

    @Test
    void withoutABaselineAnAcknowledgementIsStale() throws IOException {
        Run run = gate("", acknowledgement(MODULE, "org.example.Greeter#farewell(java.lang.String,int)", "x"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("STALE " + MODULE + ": " + REMOVED_FAREWELL);
    }

    @Test
    void anUnchangedModulePasses() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " public String farewell(String name, int times) { return name; } }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "java api gate: the Java API against 1.0.0",
                        "  " + MODULE + ": 0 incompatible change(s)",
                        "java api gate: no unacknowledged incompatible change");
    }

    @Test
    void aCompatibleAdditionPasses() throws IOException {
        release(GREETER + " }");
        build(GREETER + " public String farewell(String name, int times) { return name; } }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains(MODULE + ": 0 incompatible change(s)");
    }

    @Test
    void anUnacknowledgedRemovalFailsNamingItAndHowToAcknowledgeIt() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains("BREAKING " + MODULE + ": " + REMOVED_FAREWELL
                        + " (binary and source incompatible); acknowledge it in java-api-acknowledgements.yaml"
                        + " as - {module: " + MODULE
                        + ", element: \"org.example.Greeter#farewell(java.lang.String,int)\","
                        + " change: METHOD_REMOVED, reason: \"<why>\"}")
                .contains("java api gate: failed: 1 unacknowledged incompatible change(s), 0 stale acknowledgement(s).")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("java api gate: undo an incompatible change, or acknowledge it with its reason in "
                                + acknowledgements())
                        .contains("minor version"));
    }

    @Test
    void anAcknowledgedRemovalPasses() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " }");

        Run run = gate(
                "1.0.0",
                acknowledgement(
                        MODULE, "org.example.Greeter#farewell(java.lang.String,int)", "callers use hello instead"));

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("  acknowledged: " + MODULE + ": " + REMOVED_FAREWELL);
    }

    @Test
    void anAcknowledgementCountsForItsOwnModuleOnly() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " }");

        Run run = gate(
                "1.0.0",
                acknowledgement(
                        "image-apis-conformance",
                        "org.example.Greeter#farewell(java.lang.String,int)",
                        "wrong module"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("BREAKING " + MODULE + ": " + REMOVED_FAREWELL)
                .contains("STALE image-apis-conformance: " + REMOVED_FAREWELL);
    }

    @Test
    void anAcknowledgementThatMatchesNoIncompatibleChangeIsStale() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " public String farewell(String name, int times) { return name; } }");

        Run run = gate(
                "1.0.0",
                acknowledgement(MODULE, "org.example.Greeter#farewell(java.lang.String,int)", "it was removed once"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains("STALE " + MODULE + ": " + REMOVED_FAREWELL
                        + " (acknowledged, but no such incompatible change: remove it from " + acknowledgements() + ")")
                .contains(
                        "java api gate: failed: 0 unacknowledged incompatible change(s), 1 stale acknowledgement(s).");
    }

    @Test
    void anAcknowledgementWithoutAReasonIsBadInput() throws IOException {
        release(GREETER + " public String farewell(String name, int times) { return name; } }");
        build(GREETER + " }");

        Run run = gate("1.0.0", acknowledgement(MODULE, "org.example.Greeter#farewell(java.lang.String,int)", ""));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines())
                .singleElement()
                .asString()
                .contains("acknowledged entry 1 (org.example.Greeter#farewell(java.lang.String,int))")
                .contains("and a reason");
    }

    @Test
    void aMissingReleasedJarIsBadInput() throws IOException {
        build(GREETER + " }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines())
                .contains("java api gate: no file " + dir.resolve("baseline").resolve(MODULE + ".jar"));
    }

    @Test
    void aChangedReturnTypeIsNamedByJapicmpsChangeType() throws IOException {
        release(GREETER + " }");
        build("package org.example; public class Greeter { public Object hello(String name) { return name; } }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("BREAKING " + MODULE + ": org.example.Greeter#hello(java.lang.String)"
                        + " METHOD_RETURN_TYPE_CHANGED (binary and source incompatible)");
    }

    @Test
    void aRemovedClassIsOneChange() throws IOException {
        release(
                GREETER + " }",
                "package org.example; public class Gone implements Runnable { public int count;"
                        + " public void run() {} }");
        build(GREETER + " }");

        Run run = gate("1.0.0", "acknowledged: []\n");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines().filter(line -> line.startsWith("BREAKING")))
                .singleElement()
                .asString()
                .startsWith("BREAKING " + MODULE + ": org.example.Gone CLASS_REMOVED (binary and source incompatible)");
    }

    @Test
    void anInternalPackageIsNotCompared() throws IOException {
        release(GREETER + " }", WIRE + " public void send() {} }");
        build(GREETER + " }", WIRE + " }");

        Run run = gate("1.0.0", "acknowledged: []\n", "--internal=org.example.internal");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains(MODULE + ": 0 incompatible change(s)");
    }

    private Run gate(String baseline, String acknowledged, String... extra) throws IOException {
        Files.writeString(acknowledgements(), acknowledged);
        List<String> args = new ArrayList<>(List.of(
                "--acknowledgements=" + acknowledgements(),
                "--baseline-version=" + baseline,
                "--baseline-jars=" + dir.resolve("baseline"),
                "--classpath-file=" + dir.resolve("classpath.txt"),
                "--version=1.1.0",
                "--module=" + MODULE));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        int status = JavaApiGate.run(args, new PrintWriter(out));
        return new Run(status, out.toString());
    }

    private Path acknowledgements() {
        return dir.resolve("java-api-acknowledgements.yaml");
    }

    private static String acknowledgement(String module, String element, String reason) {
        return "acknowledged:\n  - module: " + module + "\n    element: \"" + element + "\"\n"
                + "    change: METHOD_REMOVED\n    reason: \"" + reason + "\"\n";
    }

    /** The released jar, where the build's profile copies it: {@code baseline/<artifactId>.jar}. */
    private void release(String... sources) throws IOException {
        jar(dir.resolve("baseline").resolve(MODULE + ".jar"), sources);
    }

    /** The jar being built, named in the classpath file as Maven names it: {@code <artifactId>-<version>.jar}. */
    private void build(String... sources) throws IOException {
        Path jar = dir.resolve("target").resolve(MODULE + "-1.1.0.jar");
        jar(jar, sources);
        Files.writeString(dir.resolve("classpath.txt"), jar.toString());
    }

    /** Compiles the sources (each one top-level type) with the system compiler into a jar. */
    private void jar(Path jar, String... sources) throws IOException {
        Path work = Files.createTempDirectory(dir, "compile");
        List<String> args =
                new ArrayList<>(List.of("-d", work.resolve("classes").toString(), "--release", "17"));
        for (String source : sources) {
            String pkg = source.replaceAll("^package ([\\w.]+);.*", "$1");
            String type = source.replaceAll("(?s).*?(?:class|interface) (\\w+).*", "$1");
            Path file = work.resolve("src").resolve(pkg.replace('.', '/')).resolve(type + ".java");
            Files.createDirectories(file.getParent());
            args.add(Files.writeString(file, source).toString());
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(status).as("javac " + args).isZero();

        Files.createDirectories(jar.getParent());
        Path classes = work.resolve("classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }
}
