package org.imageapis.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void builtInDatasetHasRecordsForEveryApi() {
        Dataset dataset = DatasetLoader.builtIn();

        assertThat(dataset.modelarts()).hasSize(8);
        assertThat(dataset.workspace()).hasSize(4);
        assertThat(dataset.hss()).hasSize(3);
        assertThat(dataset.swr()).hasSize(5);
    }

    @Test
    void loadsAFileAndDefaultsOmittedAttributes() throws Exception {
        Dataset dataset = DatasetLoader.load(write("""
                {"modelarts": [{"type": "BUILD_IN", "group": {"name": "a"}}],
                 "hss": [{"image_id": "1", "image_type": "cicd"}]}"""));

        assertThat(dataset.modelarts().get(0).workspaceId()).isEqualTo("0");
        assertThat(dataset.hss().get(0).enterpriseProjectId()).isEqualTo("0");
        assertThat(dataset.hss().get(0).basicImages()).isEmpty();
        assertThat(dataset.workspace()).isEmpty();
        assertThat(dataset.swr()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                 | {"modelarts": [         | not JSON:
            not an object            | []                      | /: must be a JSON object
            unknown section          | {"ecs": []}             | /ecs: unknown field
            section not an array     | {"swr": {}}             | /swr:
            unknown record field     | {"swr": [{"center": "self", "repository": {"name": "r", "colour": 1}}]} | /swr/0/repository/colour: unknown field
            bad enum value           | {"modelarts": [{"type": "OWN", "group": {"name": "a"}}]} | /modelarts/0/type: Unexpected value 'OWN'
            wrong type               | {"swr": [{"center": "self", "repository": {"name": "r", "size": "big"}}]} | /swr/0/repository/size:
            bad date                 | {"workspace": [{"id": "1", "name": "n", "create_time": "yesterday"}]} | /workspace/0/create_time:
            missing type             | {"modelarts": [{"group": {"name": "a"}}]} | /modelarts/0/type: is required
            missing group name       | {"modelarts": [{"type": "BUILD_IN", "group": {}}]} | /modelarts/0/group/name: is required
            missing server id        | {"workspace": [{"name": "n"}]} | /workspace/0/id: is required
            missing image type       | {"hss": [{"image_id": "1"}]} | /hss/0/image_type: is required
            missing center           | {"swr": [{"repository": {"name": "r"}}]} | /swr/0/center: is required
            null record              | {"swr": [null]}          | /swr/0: must be an object
            """)
    void rejectsBadInputWithOneLineNamingThePointer(String what, String json, String expected) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> DatasetLoader.load(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("absent.json");

        assertThatThrownBy(() -> DatasetLoader.load(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void syntheticRecordsAreTheSameOnEveryRun() {
        assertThat(SyntheticData.generate(30)).isEqualTo(SyntheticData.generate(30));
        assertThat(SyntheticData.generate(30).modelarts()).hasSize(30);
        assertThat(SyntheticData.generate(30).hss().get(0).basicImages()).hasSize(30);
        assertThat(SyntheticData.generate(0).hss()).isEmpty();
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("dataset.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
