package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.conformance.support.RawProxy;
import org.imageapis.specs.Specs;

/**
 * Ways to break a server, one thing each: a {@link RawProxy} in front of the reference server changes requests or
 * responses so, and the named check of the kit must fail it.
 */
enum Breakage {
    WRONG_TOTAL(Specs.Api.MODELARTS, CheckName.PAGING, "the total is one more than the records") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return response.status() != 200
                    ? response
                    : json(
                            response,
                            body -> ((ObjectNode) body)
                                    .put("total", body.path("total").asLong() + 1));
        }
    },
    IGNORED_OFFSET(Specs.Api.WORKSPACE, CheckName.PAGING, "offset is ignored: every page starts at the first record") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return withTarget(request, withoutParameter(request.target(), "offset"));
        }
    },
    WRONG_CONTENT_RANGE(Specs.Api.SWR, CheckName.PAGING, "Content-Range counts one record too many") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return withHeaders(
                    response,
                    headers -> headers.replaceAll(h -> {
                        Matcher m = Pattern.compile("^(\\d+)-(\\d+)/(\\d+)$").matcher(h.getValue());
                        return h.getKey().equalsIgnoreCase("Content-Range") && m.matches()
                                ? Map.entry(
                                        h.getKey(),
                                        m.group(1) + "-" + (Long.parseLong(m.group(2)) + 1) + "/" + m.group(3))
                                : h;
                    }));
        }
    },
    IGNORED_FILTER(Specs.Api.WORKSPACE, CheckName.FILTERS, "server_name is ignored") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return withTarget(request, withoutParameter(request.target(), "server_name"));
        }
    },
    EXACT_MATCH_IGNORED(Specs.Api.MODELARTS, CheckName.FILTERS, "name_fuzzy_match=false is ignored") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return withTarget(request, withoutParameter(request.target(), "name_fuzzy_match"));
        }
    },
    REVERSED_SORT(Specs.Api.SWR, CheckName.SORTING, "order_type sorts the other way") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return withTarget(
                    request,
                    request.target()
                            .replace("order_type=asc", "order_type=ASC_")
                            .replace("order_type=desc", "order_type=asc")
                            .replace("order_type=ASC_", "order_type=desc"));
        }
    },
    OTHER_ERROR_FORMAT(Specs.Api.HSS, CheckName.BOUNDS, "errors are {\"code\", \"message\"}") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return response.status() < 400
                    ? response
                    : json(response, body -> {
                        ObjectNode error = (ObjectNode) body;
                        error.set("code", error.remove("error_code"));
                        error.set("message", error.remove("error_msg"));
                    });
        }
    },
    WRONG_TYPE_IN_BODY(Specs.Api.WORKSPACE, CheckName.SCHEMA, "count is a string") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return response.status() != 200
                    ? response
                    : json(
                            response,
                            body -> ((ObjectNode) body)
                                    .put("count", body.path("count").asText()));
        }
    },
    SERVER_ERROR_ON_BAD_VALUE(Specs.Api.WORKSPACE, CheckName.BOUNDS, "a limit over 100 is a 500") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            Matcher limit = Pattern.compile("[?&]limit=(\\d+)").matcher(request.target());
            return limit.find() && Long.parseLong(limit.group(1)) > 100
                    ? new RawProxy.Response(500, response.headers(), errorBody("WORKSPACE.0500", "internal error"))
                    : response;
        }
    },
    OUT_OF_RANGE_ACCEPTED(Specs.Api.HSS, CheckName.BOUNDS, "a limit out of 10..200 is read as 10") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            Matcher limit = Pattern.compile("([?&]limit=)(-?\\d+)").matcher(request.target());
            if (limit.find()) {
                long value = Long.parseLong(limit.group(2));
                if (value < 10 || value > 200) {
                    return withTarget(request, limit.replaceFirst("$110"));
                }
            }
            return request;
        }
    },
    MISSING_REQUEST_ID(Specs.Api.MODELARTS, CheckName.HEADERS, "errors carry no X-Request-Id") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return response.status() < 400
                    ? response
                    : withHeaders(
                            response,
                            headers -> headers.removeIf(h -> h.getKey().equalsIgnoreCase("X-Request-Id")));
        }
    },
    WRONG_SIGNATURE_ACCEPTED(Specs.Api.SWR, CheckName.AUTH, "any AK/SK signature is accepted") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return request.header("Authorization") == null ? request : withToken(request);
        }
    },
    NO_CREDENTIALS_ACCEPTED(Specs.Api.HSS, CheckName.AUTH, "a request without credentials is accepted") {
        @Override
        RawProxy.Request request(RawProxy.Request request) {
            return request.header("Authorization") != null || request.header("X-Auth-Token") != null
                    ? request
                    : withToken(request);
        }
    },
    DOC_REQUEST_REFUSED(Specs.Api.MODELARTS, CheckName.DOC_REQUESTS, "a request without query is refused") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return request.target().contains("?")
                    ? response
                    : new RawProxy.Response(400, response.headers(), errorBody("MODELARTS.0400", "limit is required"));
        }
    },
    SERVER_ERROR_ON_MALFORMED_ESCAPE(Specs.Api.SWR, CheckName.FUZZ, "a malformed percent-escape is a 500") {
        @Override
        RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
            return Pattern.compile("%(?![0-9A-Fa-f]{2})")
                            .matcher(request.target())
                            .find()
                    ? new RawProxy.Response(500, response.headers(), errorBody("SWR.0500", "cannot decode"))
                    : response;
        }
    };

    static final String TOKEN = "breakage-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Specs.Api api;
    final CheckName failedBy;
    final String description;

    Breakage(Specs.Api api, CheckName failedBy, String description) {
        this.api = api;
        this.failedBy = failedBy;
        this.description = description;
    }

    RawProxy.Request request(RawProxy.Request request) {
        return request;
    }

    RawProxy.Response response(RawProxy.Request request, RawProxy.Response response) {
        return response;
    }

    /** A proxy that breaks the upstream this way. */
    RawProxy proxy(URI upstream) throws IOException {
        return new RawProxy(upstream, this::request, this::response);
    }

    static RawProxy.Request withTarget(RawProxy.Request request, String target) {
        return new RawProxy.Request(request.method(), target, request.headers());
    }

    static String withoutParameter(String target, String name) {
        return target.replaceAll("([?&])" + Pattern.quote(name) + "=[^&]*&?", "$1")
                .replaceAll("[?&]$", "");
    }

    /** The request with its credentials replaced by the accepted token. */
    static RawProxy.Request withToken(RawProxy.Request request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        headers.removeIf(h -> List.of("authorization", "x-auth-token", "x-sdk-date")
                .contains(h.getKey().toLowerCase(Locale.ROOT)));
        headers.add(Map.entry("X-Auth-Token", TOKEN));
        return new RawProxy.Request(request.method(), request.target(), headers);
    }

    static RawProxy.Response withHeaders(RawProxy.Response response, Consumer<List<Map.Entry<String, String>>> change) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(response.headers());
        change.accept(headers);
        return new RawProxy.Response(response.status(), headers, response.body());
    }

    /** The response with its JSON body changed; a response without a JSON body is left as it is. */
    static RawProxy.Response json(RawProxy.Response response, Consumer<JsonNode> change) {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body == null || body.isMissingNode()) {
                return response;
            }
            change.accept(body);
            return new RawProxy.Response(response.status(), response.headers(), JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            return response;
        }
    }

    static byte[] errorBody(String code, String message) {
        return ("{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name() + " (" + api.id() + ": " + description + ")";
    }
}
