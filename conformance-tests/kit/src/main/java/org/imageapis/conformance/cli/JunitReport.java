package org.imageapis.conformance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.imageapis.conformance.Violation;

/**
 * JUnit XML as CI servers read it: one {@code <testcase>} per input, a {@code <failure>} for violations, an
 * {@code <error>} for an unreadable input, warnings in {@code <system-out>}.
 */
final class JunitReport implements OutputFormat.ReportWriter {

    @Override
    public void write(String suite, List<InputResult> results, PrintWriter out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite);
            xml.writeAttribute("tests", Integer.toString(results.size()));
            xml.writeAttribute(
                    "failures",
                    Long.toString(results.stream()
                            .filter(r -> !r.isUnreadable() && !r.isValid())
                            .count()));
            xml.writeAttribute(
                    "errors",
                    Long.toString(
                            results.stream().filter(InputResult::isUnreadable).count()));
            xml.writeAttribute("skipped", "0");
            for (InputResult result : results) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", suite);
                xml.writeAttribute("name", result.name());
                if (result.isUnreadable()) {
                    element(xml, "error", "unreadable: " + result.problem(), result.problem());
                } else {
                    List<Violation> errors = result.report().errors();
                    if (!errors.isEmpty()) {
                        element(
                                xml,
                                "failure",
                                errors.size() + " violation(s); first: "
                                        + errors.get(0).describe(),
                                lines(errors));
                    }
                    if (!result.report().warnings().isEmpty()) {
                        xml.writeStartElement("system-out");
                        xml.writeCharacters(lines(result.report().warnings()));
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.println();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String message, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("message", message);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String lines(List<Violation> violations) {
        return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
    }
}
