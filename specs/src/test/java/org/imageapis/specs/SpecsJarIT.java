package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.imageapis.specs.Specs.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged image-apis-specs jar, as its users get it: the specs and their loader, and no build tooling. */
class SpecsJarIT {

    private static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        try (JarFile jar = new JarFile(Path.of(System.getProperty("specs.jar")).toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void holdsEveryBundleAndSourceSpec() {
        for (Api api : Api.values()) {
            assertThat(entries)
                    .contains(
                            "openapi/" + api.id() + ".yaml",
                            "openapi/3.1/" + api.id() + ".yaml",
                            "openapi-src/" + api.id() + "/openapi.yaml");
        }
        assertThat(entries).contains("org/imageapis/specs/Specs.class");
    }

    @Test
    void holdsTheReferenceDocs() {
        assertThat(entries).contains("docs/index.html");
        for (Api api : Api.values()) {
            assertThat(entries).contains("docs/" + api.id() + ".html");
        }
    }

    @Test
    void holdsNoBundlerClass() {
        assertThat(entries)
                .as("the bundler is build tooling (module specs/bundler), not part of the specs jar")
                .noneMatch(name -> name.startsWith("org/imageapis/specs/bundle/"))
                .noneMatch(name -> name.endsWith("Bundler.class"));
    }

    @Test
    void carriesTheLicenceAndTheNotice() {
        assertThat(entries).contains("META-INF/LICENSE", "META-INF/NOTICE");
    }
}
