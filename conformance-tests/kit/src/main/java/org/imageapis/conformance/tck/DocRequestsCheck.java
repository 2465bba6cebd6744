package org.imageapis.conformance.tck;

import java.util.Map;
import org.imageapis.conformance.RequestTarget;
import org.imageapis.conformance.http.Auth;
import org.imageapis.conformance.semantics.ExampleRequest;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.spec.OperationSpec;
import org.imageapis.conformance.spec.ParameterSpec;
import org.imageapis.conformance.spec.PathTemplate;

/**
 * Each doc page's example request gets a 2xx. The request is sent as the page writes it, with the project (and
 * any placeholder such as {@code {image_id}}) filled in from the settings, and the required headers added.
 */
final class DocRequestsCheck implements Check {

    @Override
    public CheckName name() {
        return CheckName.DOC_REQUESTS;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        if (operation.exampleRequests().isEmpty()) {
            return verdict.skipped("the doc pages give no example request for "
                    + operation.operation().id());
        }
        for (ExampleRequest example : operation.exampleRequests()) {
            TckRequest request = request(api, operation.operation(), example);
            Exchange exchange = api.sender().send(name(), operation.operation(), request);
            if (exchange.status() / 100 == 2) {
                verdict.note(example.source() + ": " + exchange.request().line() + " -> " + exchange.status());
            } else {
                verdict.fail(example.source() + " example: " + exchange.describe());
            }
        }
        return verdict.result(operation.exampleRequests().size() + " example request(s) answered 2xx");
    }

    /** The example with its placeholders and the project filled in, and the required headers added. */
    static TckRequest request(ApiUnderTest api, OperationSpec operation, ExampleRequest example) {
        String target = example.target().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        int question = target.indexOf('?');
        String rawQuery = question >= 0 ? target.substring(question + 1) : "";
        String path = RequestTarget.parse(target).path();
        Map<String, String> values = operation
                .path()
                .match(path)
                .orElseThrow(() -> new IllegalStateException(
                        "the example request " + example.target() + " is not a request of " + operation.route()));
        TckRequest.Builder request =
                TckRequest.of(operation).method(example.method()).auth(Auth.VALID);
        values.forEach((name, value) -> {
            if (name.equals("project_id") || PathTemplate.isPlaceholder(value)) {
                request.path(name, api.knownValue(name).orElse(value));
            } else {
                request.path(name, RequestTarget.decode(value));
            }
        });
        if (!rawQuery.isEmpty()) {
            request.rawQuery(rawQuery);
        }
        for (ParameterSpec parameter : operation.parameters()) {
            if (parameter.in().equals("header") && parameter.required()) {
                request.header(
                        parameter.name(), api.knownValue(parameter.name()).orElseGet(() -> api.validValue(parameter)));
            }
        }
        return request.build();
    }
}
