package org.imageapis.conformance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A JSON document: {@code {"suite", "valid", "results": [{"input", "outcome", "problem"?, "violations": [...]}]}},
 * each violation with {@code severity}, {@code rule}, {@code pointer}, {@code expected} and {@code actual}.
 */
final class JsonReport implements OutputFormat.ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(String suite, List<InputResult> results, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("suite", suite);
        root.put("valid", results.stream().allMatch(InputResult::isValid));
        ArrayNode items = root.putArray("results");
        for (InputResult result : results) {
            ObjectNode item = items.addObject();
            item.put("input", result.name());
            item.put("outcome", result.isUnreadable() ? "unreadable" : result.isValid() ? "valid" : "invalid");
            if (result.isUnreadable()) {
                item.put("problem", result.problem());
                continue;
            }
            ArrayNode violations = item.putArray("violations");
            result.report()
                    .violations()
                    .forEach(v -> violations
                            .addObject()
                            .put("severity", v.severity().id())
                            .put("rule", v.rule().id())
                            .put("pointer", v.pointer())
                            .put("expected", v.expected())
                            .put("actual", v.actual()));
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
