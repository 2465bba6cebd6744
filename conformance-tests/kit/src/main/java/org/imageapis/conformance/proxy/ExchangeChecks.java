package org.imageapis.conformance.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.imageapis.conformance.Headers;
import org.imageapis.conformance.OperationKey;
import org.imageapis.conformance.RecordedRequest;
import org.imageapis.conformance.RecordedResponse;
import org.imageapis.conformance.Rule;
import org.imageapis.conformance.Violation;
import org.imageapis.specs.Specs;

/** Validates the two halves of an exchange with the validator of the API the request was routed to. */
final class ExchangeChecks {

    /**
     * The verdict on a request.
     *
     * @param operationId the operation it matched, or {@code null}
     * @param violations  its violations
     */
    record RequestVerdict(String operationId, List<Violation> violations) {}

    /**
     * The verdict on a response.
     *
     * @param violations   its violations
     * @param notValidated why a part of it was not validated, or {@code null}
     */
    record ResponseVerdict(List<Violation> violations, NotValidated notValidated) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Stands for a body that is not JSON, so that the validator still checks its media type. */
    private static final JsonNode NOT_JSON = TextNode.valueOf("(not JSON)");

    private final String selectedApis;
    private final long maxBodySize;

    ExchangeChecks(List<Specs.Api> selected, long maxBodySize) {
        this.selectedApis = selected.stream().map(Specs.Api::id).collect(Collectors.joining(", "));
        this.maxBodySize = maxBodySize;
    }

    RequestVerdict checkRequest(Router.Route route, String method, String target, HttpHeaders headers) {
        String path = Router.pathOf(target);
        if (route.validator() == null) {
            return new RequestVerdict(
                    null,
                    List.of(Violation.error(
                            Rule.UNKNOWN_OPERATION,
                            "",
                            "a path of an operation of " + selectedApis,
                            method + " " + path)));
        }
        List<Violation> violations = route.validator()
                .validateRequest(new RecordedRequest(method, target, headers(headers)))
                .violations();
        return new RequestVerdict(route.validator().operationAt(method, path).orElse(null), violations);
    }

    /**
     * Checks a response's status, headers and body.
     *
     * @param body the body, or {@code null} when it was too large to hold (then only status and headers are checked)
     */
    ResponseVerdict checkResponse(
            Router.Route route, String operationId, int status, HttpHeaders headers, ByteBuf body) {
        if (operationId == null) {
            return new ResponseVerdict(List.of(), NotValidated.NO_OPERATION);
        }
        NotValidated notValidated = body == null ? NotValidated.RESPONSE_BODY_OVER_MAX_SIZE : null;
        List<Violation> violations = new ArrayList<>();
        JsonNode json = null;
        String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE);
        if (body != null && body.isReadable()) {
            Optional<InputStream> decoded = decoded(body, headers.get(HttpHeaderNames.CONTENT_ENCODING));
            if (decoded.isEmpty()) {
                notValidated = NotValidated.CONTENT_ENCODING;
            } else if (contentType != null && !isJson(contentType)) {
                json = NOT_JSON;
            } else {
                try (InputStream in = decoded.get()) {
                    JsonNode node = JSON.readTree(in);
                    json = node == null || node.isMissingNode() ? null : node;
                } catch (LimitedInputStream.LimitExceeded e) {
                    notValidated = NotValidated.RESPONSE_BODY_OVER_MAX_SIZE;
                } catch (JsonProcessingException e) {
                    violations.add(Violation.error(
                            Rule.INVALID_JSON,
                            "",
                            "a JSON body",
                            "not JSON: "
                                    + e.getOriginalMessage().lines().findFirst().orElse("")));
                } catch (IOException e) {
                    violations.add(Violation.error(
                            Rule.INVALID_JSON, "", "a JSON body", "a body that cannot be decoded: " + e.getMessage()));
                }
            }
        }
        RecordedResponse response =
                new RecordedResponse(OperationKey.id(operationId), status, headers(headers), contentType, json);
        violations.addAll(route.validator().validateResponse(response).violations());
        return new ResponseVerdict(violations, notValidated);
    }

    /** The body without its content coding, if the proxy can decode it. */
    private Optional<InputStream> decoded(ByteBuf body, String contentEncoding) {
        InputStream raw = new ByteBufInputStream(body.duplicate());
        String coding =
                contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (coding) {
                case "", "identity" -> Optional.of(raw);
                case "gzip", "x-gzip" -> Optional.of(new LimitedInputStream(new GZIPInputStream(raw), maxBodySize));
                case "deflate" -> Optional.of(new LimitedInputStream(new InflaterInputStream(raw), maxBodySize));
                default -> Optional.empty();
            };
        } catch (IOException e) {
            return Optional.of(raw); // no gzip header: the body is read as it is, and the parse reports it
        }
    }

    private static boolean isJson(String contentType) {
        String essence = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return essence.equals("application/json") || essence.endsWith("+json");
    }

    /** The kit's header map; a repeated header's values are joined, as HTTP folds them. */
    static Headers headers(HttpHeaders headers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : headers) {
            values.computeIfAbsent(header.getKey(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return Headers.of(values);
    }
}
