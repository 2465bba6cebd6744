package org.imageapis.conformance.junit;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it, for every report of the kit that offers it ({@code validate}, {@code test-server},
 * {@code diff}): each maps its results onto {@link Suite}s and {@link TestCase}s, and the counts follow from the
 * outcomes.
 */
public final class JunitXml {

    /** What became of a test case; all but {@code PASSED} write an element of that name inside it. */
    public enum Outcome {
        /** The case passed. */
        PASSED(null),
        /** The case failed: what was checked does not hold. */
        FAILED("failure"),
        /** The case could not be carried out, e.g. its input could not be read. */
        ERROR("error"),
        /** The case was not run. */
        SKIPPED("skipped");

        private final String element;

        Outcome(String element) {
            this.element = element;
        }
    }

    /**
     * One test case. {@code message} and {@code detail} go into the outcome's element (a skipped case shows the
     * message only); {@code systemOut}, when not null, into {@code <system-out>}.
     */
    public record TestCase(
            String className, String name, Outcome outcome, String message, String detail, String systemOut) {}

    /** One {@code <testsuite>}. */
    public record Suite(String name, List<TestCase> cases) {}

    private JunitXml() {}

    /**
     * A document whose root is the one suite.
     *
     * @param suite the suite
     * @param out where the XML goes
     */
    public static void write(Suite suite, PrintWriter out) {
        write(out, xml -> {
            startSuite(xml, "testsuite", suite.name(), suite.cases());
            cases(xml, suite.cases(), "\n  ");
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    /**
     * A document whose root {@code <testsuites>}, named {@code name} and timed, holds {@code suites}.
     *
     * @param name the root's name
     * @param time the total time
     * @param suites the suites
     * @param out where the XML goes
     */
    public static void write(String name, Duration time, List<Suite> suites, PrintWriter out) {
        List<TestCase> all =
                suites.stream().flatMap(suite -> suite.cases().stream()).toList();
        write(out, xml -> {
            startSuite(xml, "testsuites", name, all);
            xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", time.toMillis() / 1000.0));
            for (Suite suite : suites) {
                xml.writeCharacters("\n  ");
                startSuite(xml, "testsuite", suite.name(), suite.cases());
                cases(xml, suite.cases(), "\n    ");
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(PrintWriter out, Body body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            out.println();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void startSuite(XMLStreamWriter xml, String element, String name, List<TestCase> cases)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", count(cases, Outcome.FAILED));
        xml.writeAttribute("errors", count(cases, Outcome.ERROR));
        xml.writeAttribute("skipped", count(cases, Outcome.SKIPPED));
    }

    private static void cases(XMLStreamWriter xml, List<TestCase> cases, String indent) throws XMLStreamException {
        for (TestCase testCase : cases) {
            xml.writeCharacters(indent);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", testCase.className());
            xml.writeAttribute("name", testCase.name());
            if (testCase.outcome() != Outcome.PASSED) {
                xml.writeStartElement(testCase.outcome().element);
                xml.writeAttribute("message", testCase.message());
                if (testCase.outcome() != Outcome.SKIPPED) {
                    xml.writeCharacters(testCase.detail());
                }
                xml.writeEndElement();
            }
            if (testCase.systemOut() != null) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(testCase.systemOut());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private static String count(List<TestCase> cases, Outcome outcome) {
        return Long.toString(cases.stream().filter(c -> c.outcome() == outcome).count());
    }
}
