package org.imageapis.bench.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a 200 response body from its bytes: this project's validator against the Atlassian
 * swagger-request-validator on the same spec and body, and against parsing the same bytes with Jackson alone.
 * {@code conformanceValidateParsed} isolates the validation cost from the parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResponseValidationBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({"MODELARTS_DOC", "WORKSPACE_DOC", "HSS_DOC", "SWR_DOC", "SWR_1000"})
    public BenchmarkBody body;

    private byte[] bytes;
    private String text;
    private JsonNode parsed;
    private OperationKey operation;
    private ConformanceValidator conformance;
    private OpenApiInteractionValidator atlassian;

    @Setup
    public void setUp() throws IOException {
        bytes = body.bytes();
        text = new String(bytes, StandardCharsets.UTF_8);
        parsed = JSON.readTree(bytes);
        operation = OperationKey.id(body.operationId);
        conformance = ConformanceValidator.forApi(body.api);
        atlassian = OpenApiInteractionValidator.createForInlineApiSpecification(body.specText())
                .build();

        // Both validators must take the success path on every body, or the comparison means nothing.
        ValidationReport ours = conformanceParseAndValidate();
        if (!ours.violations().isEmpty()) {
            throw new IllegalStateException(body + " is not valid for this validator: " + ours.violations());
        }
        com.atlassian.oai.validator.report.ValidationReport theirs = atlassianValidate();
        if (theirs.hasErrors()) {
            throw new IllegalStateException(
                    body + " is not valid for the Atlassian validator: " + theirs.getMessages());
        }
    }

    @Benchmark
    public JsonNode jacksonParse() throws IOException {
        return JSON.readTree(bytes);
    }

    @Benchmark
    public ValidationReport conformanceParseAndValidate() throws IOException {
        return conformance.validateResponse(RecordedResponse.of(operation, 200, JSON.readTree(bytes)));
    }

    @Benchmark
    public ValidationReport conformanceValidateParsed() {
        return conformance.validateResponse(RecordedResponse.of(operation, 200, parsed));
    }

    @Benchmark
    public com.atlassian.oai.validator.report.ValidationReport atlassianValidate() {
        return atlassian.validateResponse(
                body.path,
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(text)
                        .build());
    }
}
