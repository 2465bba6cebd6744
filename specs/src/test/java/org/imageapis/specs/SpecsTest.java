package org.imageapis.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imageapis.specs.Specs.Api;
import org.imageapis.specs.Specs.OpenApiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpecsTest {

    private static final Path BUNDLES = Path.of(System.getProperty("bundle.dir", "target/openapi"));

    @Test
    void idsAreTheLowercaseNames() {
        assertThat(Api.MODELARTS.id()).isEqualTo("modelarts");
        assertThat(Api.fromId("swr")).isSameAs(Api.SWR);
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> Api.fromId("ecs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown API id 'ecs'; known ids: hss, modelarts, swr, workspace");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void bundleOnTheClasspathIsTheOneTheBuildWrote(Api api) throws IOException {
        try (InputStream in = Specs.bundle(api).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(BUNDLES.resolve(api.id() + ".yaml")));
        }
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void openApi31VariantOnTheClasspathIsTheOneTheBuildWrote(Api api) throws IOException {
        try (InputStream in = Specs.bundle(api, OpenApiVersion.V3_1).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(BUNDLES.resolve("3.1").resolve(api.id() + ".yaml")));
        }
        assertThat(Specs.bundle(api, OpenApiVersion.V3_0)).isEqualTo(Specs.bundle(api));
    }
}
