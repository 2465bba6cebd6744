package org.imageapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.imageapis.conformance.ConformanceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a spec into the conformance kit logs nothing: its schemas are compiled inside the whole document, whose own
 * keys (openapi, info, x-…) the JSON schema library once reported, one warning each, to whatever logger the
 * application binds (slf4j-simple here). The library warns once per key and JVM, so the spec carries a key no other
 * test uses.
 */
class KitLogsNoWarningTest {

    @Test
    void compilingASpecsSchemasLogsNoUnknownKeywordWarning(@TempDir Path dir) throws IOException {
        String key = "x-probe-" + UUID.randomUUID();
        Path spec = Files.writeString(dir.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                %s: true
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: array, items: {type: string, %s: true}}
                """.formatted(key, key));
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ConformanceValidator.forFile(spec);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(key);
    }
}
