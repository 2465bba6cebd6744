package org.imageapis.specs.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs.Api gets a constant for each folder the bundler bundles, and nothing else. */
class SpecsClassWriterTest {

    @TempDir
    Path root;

    @Test
    void aNewApiFolderBecomesAConstant() throws IOException {
        for (String api : List.of("swr", "gallery", "hss")) {
            Files.createDirectories(root.resolve(api));
            Files.writeString(root.resolve(api).resolve("openapi.yaml"), "openapi: 3.0.3\n");
        }
        Files.createDirectories(root.resolve("common"));
        Files.writeString(root.resolve("common").resolve("components.yaml"), "components: {}\n");
        Path output = root.resolve("out");

        SpecsClassWriter.main(new String[] {root.toString(), output.toString()});

        assertThat(Files.readString(output.resolve("org/imageapis/specs/Specs.java")))
                .contains("public enum Api {\n"
                        + "        /** The API described by {@code specs/gallery/openapi.yaml}. */\n        GALLERY,\n"
                        + "        /** The API described by {@code specs/hss/openapi.yaml}. */\n        HSS,\n"
                        + "        /** The API described by {@code specs/swr/openapi.yaml}. */\n        SWR;\n")
                .doesNotContain("COMMON");
    }

    @Test
    void aFolderNameThatCannotBeAnIdIsRefused() {
        assertThatThrownBy(() -> SpecsClassWriter.source(List.of("hss", "image-search")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API folder 'image-search' is not a valid API id: use lowercase letters and digits, "
                        + "starting with a letter");
    }
}
