package org.imageapis.conformance.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportFormatTest {

    private static final TckReport REPORT = new TckReport(
            List.of(
                    new CaseResult(
                            CheckName.PAGING,
                            "swr",
                            "listSharedRepositories",
                            CaseResult.Outcome.FAILED,
                            "the total changed",
                            List.of("the total changed", "record 3 repeats record 1"),
                            List.of()),
                    new CaseResult(
                            CheckName.FUZZ,
                            "swr",
                            "listSharedRepositories",
                            CaseResult.Outcome.PASSED,
                            "500 requests",
                            List.of(),
                            List.of("3x a repeated query parameter accepted")),
                    new CaseResult(
                            CheckName.DOC_REQUESTS,
                            "swr",
                            "listSharedRepositories",
                            CaseResult.Outcome.SKIPPED,
                            "no example request",
                            List.of(),
                            List.of()),
                    new CaseResult(
                            CheckName.AUTH,
                            "hss",
                            "listImageBasicImages",
                            CaseResult.Outcome.PASSED,
                            "no credentials -> 401",
                            List.of("without credentials -> 401"),
                            List.of())),
            Duration.ofMillis(1_234));

    private static String write(ReportFormat format) {
        StringWriter text = new StringWriter();
        format.write(REPORT, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void textHasOneLinePerCaseTheProblemsOfFailuresAndTheSummary() {
        assertThat(write(ReportFormat.TEXT).lines().map(line -> line.replaceAll("\\s+", " ")))
                .containsExactly(
                        "FAIL swr.listSharedRepositories.paging the total changed",
                        " - the total changed",
                        " - record 3 repeats record 1",
                        "PASS swr.listSharedRepositories.fuzz 500 requests",
                        " warning: 3x a repeated query parameter accepted",
                        "SKIP swr.listSharedRepositories.doc-requests no example request",
                        "PASS hss.listImageBasicImages.auth no credentials -> 401",
                        "2 passed, 1 failed, 1 skipped, 1 warnings in 1.2 s");
    }

    @Test
    void jsonHasTheSummaryAndEveryCase() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON));

        assertThat(json.at("/summary/success").asBoolean()).isFalse();
        assertThat(json.at("/summary/failed").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/duration_ms").asInt()).isEqualTo(1_234);
        assertThat(json.at("/results/0/check").asText()).isEqualTo("paging");
        assertThat(json.at("/results/0/details/1").asText()).isEqualTo("record 3 repeats record 1");
        assertThat(json.at("/results/1/warnings/0").asText()).contains("repeated");
    }

    @Test
    void junitHasASuitePerApiAndACasePerCheckPerOperation() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(write(ReportFormat.JUNIT).getBytes(StandardCharsets.UTF_8)));

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("4");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        Element swr = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(swr.getAttribute("name")).isEqualTo("image-apis.swr");
        assertThat(swr.getAttribute("tests")).isEqualTo("3");
        Element paging = (Element) swr.getElementsByTagName("testcase").item(0);
        assertThat(paging.getAttribute("classname")).isEqualTo("swr.listSharedRepositories");
        assertThat(paging.getAttribute("name")).isEqualTo("paging");
        Element failure = (Element) paging.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("the total changed");
        assertThat(failure.getTextContent()).contains("record 3 repeats record 1");
        assertThat(xml.getElementsByTagName("skipped")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("message")
                        .getNodeValue())
                .isEqualTo("no example request");
    }
}
