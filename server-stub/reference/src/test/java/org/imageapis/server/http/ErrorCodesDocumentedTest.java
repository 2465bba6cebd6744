package org.imageapis.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.imageapis.specs.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The codes each spec lists under {@code x-error-codes} are the ones the server answers on its path. */
class ErrorCodesDocumentedTest {

    @ParameterizedTest
    @EnumSource(Specs.Api.class)
    void specListsTheCodesTheServerAnswers(Specs.Api api) throws Exception {
        JsonNode spec;
        try (InputStream in = Specs.bundle(api).openStream()) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        String template = spec.get("paths").fieldNames().next();
        String path = template.replaceAll("\\{[^}]+}", "x");
        JsonNode codes =
                spec.get("paths").get(template).get("get").get("x-error-codes").get("codes");

        List<Integer> statuses = new ArrayList<>();
        for (JsonNode code : codes) {
            // A comma in an unquoted flow-mapping value starts a new key: the meaning would be cut there.
            assertThat(code.fieldNames())
                    .toIterable()
                    .as("%s %s", api, code)
                    .containsExactlyInAnyOrder("status", "code", "meaning");
            assertThat(code.get("meaning").isTextual()).as("%s %s", api, code).isTrue();
            int status = code.get("status").asInt();
            statuses.add(status);
            assertThat(ErrorCodes.forStatus(status, path))
                    .as("%s %d", api, status)
                    .isEqualTo(code.get("code").asText());
        }
        assertThat(statuses).containsExactly(400, 401, 404, 405, 413, 414, 431, 500, 505);
    }
}
