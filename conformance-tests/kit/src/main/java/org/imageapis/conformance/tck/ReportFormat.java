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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
            Map<String, List<CaseResult>> byApi = new LinkedHashMap<>();
            report.results()
                    .forEach(r -> byApi.computeIfAbsent(r.api(), api -> new ArrayList<>())
                            .add(r));
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuites");
                xml.writeAttribute("name", "image-apis conformance test-server");
                counts(xml, report.results());
                xml.writeAttribute("time", seconds(report.duration().toMillis()));
                for (Map.Entry<String, List<CaseResult>> api : byApi.entrySet()) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("testsuite");
                    xml.writeAttribute("name", "image-apis." + api.getKey());
                    counts(xml, api.getValue());
                    for (CaseResult result : api.getValue()) {
                        testCase(xml, result);
                    }
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.flush();
                out.println();
                out.flush();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
            }
        }

        private void counts(XMLStreamWriter xml, List<CaseResult> results) throws XMLStreamException {
            xml.writeAttribute("tests", Integer.toString(results.size()));
            xml.writeAttribute("failures", Long.toString(count(results, CaseResult.Outcome.FAILED)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(count(results, CaseResult.Outcome.SKIPPED)));
        }

        private void testCase(XMLStreamWriter xml, CaseResult result) throws XMLStreamException {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", result.api() + "." + result.operation());
            xml.writeAttribute("name", result.check().id());
            switch (result.outcome()) {
                case FAILED -> {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", result.reason());
                    xml.writeCharacters(String.join("\n", result.details()));
                    xml.writeEndElement();
                }
                case SKIPPED -> {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", result.reason());
                    xml.writeEndElement();
                }
                case PASSED -> {}
            }
            if (!result.warnings().isEmpty() || result.outcome() == CaseResult.Outcome.PASSED) {
                xml.writeStartElement("system-out");
                StringBuilder text = new StringBuilder(result.reason());
                if (result.outcome() == CaseResult.Outcome.PASSED) {
                    result.details().forEach(line -> text.append('\n').append(line));
                }
                result.warnings().forEach(warning -> text.append("\nwarning: ").append(warning));
                xml.writeCharacters(text.toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private long count(List<CaseResult> results, CaseResult.Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }

        private String seconds(long millis) {
            return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the report. */
    public abstract void write(TckReport report, PrintWriter out);
}
