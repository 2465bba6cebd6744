package org.imageapis.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingCheckTest {

    private static final String GROUP = "org.imageapis";
    private static final String METADATA = """
            <url>${release.project.url}</url>
            <licenses><license><name>Apache-2.0</name></license></licenses>
            <developers><developer><name>The image-apis project team</name></developer></developers>
            <scm>
              <url>${release.scm.url}</url>
              <connection>scm:git:x</connection>
              <developerConnection>scm:git:y</developerConnection>
            </scm>
            """;

    @TempDir
    Path staging;

    @Test
    void aCompleteReleaseHasNoProblem() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client", "image-apis-conformance");
        jar("image-apis-conformance", "1.0.0", "1.0.0", "-cli.jar", "Main.class");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0")).isEmpty();
    }

    @Test
    void aSnapshotIsReadByItsTimestampedFileNames() throws IOException {
        stage(
                "0.2.0-SNAPSHOT",
                "0.2.0-20261130.120000-1",
                StagingCheck.PLACEHOLDER + "release.project.url",
                "image-apis-client");

        assertThat(StagingCheck.check(staging, GROUP, "0.2.0-SNAPSHOT")).isEmpty();
    }

    @Test
    void aModuleMissingFromTheBomFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        module("image-apis-conformance-integration", "1.0.0", "1.0.0");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .singleElement()
                .asString()
                .startsWith("image-apis-conformance-integration is deployed but not in the BOM");
    }

    @Test
    void aBomEntryThatWasNotDeployedFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        bom("1.0.0", "1.0.0", "https://images.example/", List.of("image-apis-client", "image-apis-signing"), "");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly("image-apis-signing is in the BOM but was not deployed");
    }

    @Test
    void aMissingJavadocJarOrClassifiedJarFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client", "image-apis-conformance");
        Files.delete(staging.resolve("org/imageapis/image-apis-client/1.0.0/image-apis-client-1.0.0-javadoc.jar"));

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly(
                        "image-apis-client was deployed without its -javadoc.jar",
                        "image-apis-conformance was deployed without its -cli.jar");
    }

    @Test
    void anEmptyJavadocJarFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        jar("image-apis-client", "1.0.0", "1.0.0", "-javadoc.jar", "META-INF/MANIFEST.MF");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly("image-apis-client-javadoc.jar has no index.html");
    }

    @Test
    void aJarWithoutTheLicenseAndNoticeFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        jar("image-apis-client", "1.0.0", "1.0.0", ".jar", "A.class", "META-INF/NOTICE");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly("image-apis-client.jar has no META-INF/LICENSE");
    }

    @Test
    void aModulePomWithoutItsOwnDescriptionFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        write("image-apis-client", "1.0.0", "1.0.0", ".pom", "<project><name>client</name></project>");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly("image-apis-client's POM must have its own <name> and <description>");
    }

    @Test
    void aReleaseWithThePlaceholderUrlFails() throws IOException {
        String placeholder = StagingCheck.PLACEHOLDER + "release.project.url";
        stage("1.0.0", placeholder, "image-apis-client");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .containsExactly("<url> is still the placeholder " + placeholder
                        + " in 1.0.0: the release owner sets it in pom.xml and bom/pom.xml (docs/releasing.md)");
    }

    @Test
    void aBomWhoseMetadataDiffersFromTheParentsFails() throws IOException {
        stage("1.0.0", "https://images.example/", "image-apis-client");
        bom("1.0.0", "1.0.0", "https://elsewhere.example/", List.of("image-apis-client"), "");

        assertThat(StagingCheck.check(staging, GROUP, "1.0.0"))
                .singleElement()
                .asString()
                .startsWith("image-apis-bom's <url> is https://elsewhere.example/, but pom.xml's is");
    }

    @Test
    void aReleaseNeedsItsChangelogSectionAndLinkReference() throws IOException {
        Path changelog = staging.resolve("CHANGELOG.md");
        Files.writeString(
                changelog, "## [Unreleased]\n\n## [1.0.0] - 2026-12-01\n\n[1.0.0]: https://x.example/v1.0.0\n");

        assertThat(StagingCheck.checkChangelog(changelog, "1.0.0")).isEmpty();
        assertThat(StagingCheck.checkChangelog(changelog, "1.1.0"))
                .containsExactly(
                        "CHANGELOG.md has no section \"## [1.1.0] - YYYY-MM-DD\"",
                        "CHANGELOG.md has no link reference \"[1.1.0]: \"");
        assertThat(StagingCheck.checkChangelog(changelog, "1.1.0-SNAPSHOT")).isEmpty();
    }

    /** A staging directory with the parent, the BOM listing the modules, and each module complete. */
    private void stage(String version, String url, String... modules) throws IOException {
        stageFiles(version, version, url, modules);
    }

    private void stageFiles(String version, String fileVersion, String url, String... modules) throws IOException {
        write("image-apis", version, fileVersion, ".pom", """
                <project><name>parent</name><description>d</description>
                  <properties><release.project.url>%s</release.project.url><release.scm.url>s</release.scm.url></properties>
                  %s
                </project>""".formatted(url, METADATA));
        String cli = List.of(modules).contains("image-apis-conformance")
                ? "<dependency><groupId>org.imageapis</groupId><artifactId>image-apis-conformance</artifactId>"
                        + "<version>${project.version}</version><classifier>cli</classifier></dependency>"
                : "";
        bom(version, fileVersion, url, List.of(modules), cli);
        for (String module : modules) {
            module(module, version, fileVersion);
        }
    }

    private void bom(String version, String fileVersion, String url, List<String> modules, String extra)
            throws IOException {
        StringBuilder managed = new StringBuilder();
        for (String module : modules) {
            managed.append("<dependency><groupId>org.imageapis</groupId><artifactId>")
                    .append(module)
                    .append("</artifactId><version>${project.version}</version></dependency>");
        }
        write("image-apis-bom", version, fileVersion, ".pom", """
                <project><name>bom</name><description>d</description>
                  <properties><release.project.url>%s</release.project.url><release.scm.url>s</release.scm.url></properties>
                  %s
                  <dependencyManagement><dependencies>%s%s</dependencies></dependencyManagement>
                </project>""".formatted(url, METADATA, managed, extra));
    }

    private void module(String artifactId, String version, String fileVersion) throws IOException {
        write(
                artifactId,
                version,
                fileVersion,
                ".pom",
                "<project><name>n</name><description>d</description></project>");
        jar(artifactId, version, fileVersion, ".jar", "A.class", "META-INF/LICENSE", "META-INF/NOTICE");
        jar(artifactId, version, fileVersion, "-sources.jar", "A.java");
        jar(artifactId, version, fileVersion, "-javadoc.jar", "index.html");
    }

    private void jar(String artifactId, String version, String fileVersion, String suffix, String... entries)
            throws IOException {
        Path jar = file(artifactId, version, fileVersion, suffix);
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.closeEntry();
            }
        }
    }

    private void write(String artifactId, String version, String fileVersion, String suffix, String text)
            throws IOException {
        Files.writeString(file(artifactId, version, fileVersion, suffix), text);
    }

    private Path file(String artifactId, String version, String fileVersion, String suffix) throws IOException {
        Path dir = staging.resolve("org/imageapis").resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        return dir.resolve(artifactId + "-" + fileVersion + suffix);
    }
}
