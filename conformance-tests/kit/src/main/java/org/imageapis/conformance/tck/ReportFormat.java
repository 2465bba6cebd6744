package org.imageapis.conformance.tck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imageapis.conformance.junit.JunitXml;

/** How a {@link TckReport} is written: for people, for scripts, for CI servers. */
public enum ReportFormat {

    /** One line per test case ({@code PASS}, {@code FAIL}, {@code SKIP}), a failure's problems and any warnings below it. */
    TEXT {
        @Override
        public void write(TckReport report, PrintWriter out) {
            for (CaseResult result : report.results()) {
                out.printf("%-4s %-40s %s%n", mark(result.outcome()), result.name(), result.reason());
                if (result.outcome() == CaseResult.Outcome.FAILED
                        && result.details().size() > 1) {
                    result.details().forEach(problem -> out.println("       - " + problem));
                }
                result.warnings().forEach(warning -> out.println("       warning: " + warning));
            }
            out.println(report.summary());
            out.flush();
        }

        private String mark(CaseResult.Outcome outcome) {
            return switch (outcome) {
                case PASSED -> "PASS";
                case FAILED -> "FAIL";
                case SKIPPED -> "SKIP";
            };
        }
    },

    /** {@code {"summary": {...}, "results": [{"api", "operation", "check", "outcome", "reason", "details", "warnings"}]}}. */
    JSON {
        @Override
        public void write(TckReport report, PrintWriter out) {
            ObjectNode root = MAPPER.createObjectNode();
            ObjectNode summary = root.putObject("summary");
            summary.put("success", report.isSuccess());
            for (CaseResult.Outcome outcome : CaseResult.Outcome.values()) {
                summary.put(outcome.name().toLowerCase(Locale.ROOT), report.count(outcome));
            }
            summary.put("warnings", report.warningCount());
            summary.put("duration_ms", report.duration().toMillis());
            ArrayNode results = root.putArray("results");
            for (CaseResult result : report.results()) {
                ObjectNode item = results.addObject()
                        .put("api", result.api())
                        .put("operation", result.operation())
                        .put("check", result.check().id())
                        .put("outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                        .put("reason", result.reason());
                result.details().forEach(item.putArray("details")::add);
                result.warnings().forEach(item.putArray("warnings")::add);
            }
            try {
                out.println(MAPPER.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
    },

    /**
     * JUnit XML: a {@code <testsuite>} per API, a {@code <testcase>} per check per operation (class name
     * {@code api.operation}, name the check), with {@code <failure>} or {@code <skipped>}; details and warnings in
     * {@code <system-out>}.
     */
    JUNIT {
        @Override
        public void write(TckReport report, PrintWriter out) {
            Map<String, List<JunitXml.TestCase>> byApi = new LinkedHashMap<>();
            for (CaseResult result : report.results()) {
                byApi.computeIfAbsent(result.api(), api -> new ArrayList<>()).add(testCase(result));
            }
            List<JunitXml.Suite> suites = byApi.entrySet().stream()
                    .map(api -> new JunitXml.Suite("image-apis." + api.getKey(), api.getValue()))
                    .toList();
            JunitXml.write("image-apis conformance test-server", report.duration(), suites, out);
        }

        private JunitXml.TestCase testCase(CaseResult result) {
            String className = result.api() + "." + result.operation();
            String name = result.check().id();
            String details = String.join("\n", result.details());
            StringBuilder systemOut = new StringBuilder(result.reason());
            if (result.outcome() == CaseResult.Outcome.PASSED) {
                result.details().forEach(line -> systemOut.append('\n').append(line));
            }
            result.warnings().forEach(warning -> systemOut.append("\nwarning: ").append(warning));
            String out = result.warnings().isEmpty() && result.outcome() != CaseResult.Outcome.PASSED
                    ? null
                    : systemOut.toString();
            JunitXml.Outcome outcome = switch (result.outcome()) {
                case PASSED -> JunitXml.Outcome.PASSED;
                case FAILED -> JunitXml.Outcome.FAILED;
                case SKIPPED -> JunitXml.Outcome.SKIPPED;
            };
            return new JunitXml.TestCase(className, name, outcome, result.reason(), details, out);
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where it goes
     */
    public abstract void write(TckReport report, PrintWriter out);
}
