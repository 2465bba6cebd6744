package org.imageapis.signing;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request described once and built twice: for the provider's SDK signer and for ours.
 * The SDK is driven through {@link BasicCredentials#syncProcessAuthRequest}, the call its
 * clients make before sending, so it adds {@code X-Project-Id} and {@code X-Security-Token}
 * itself; its clock is pinned by handing it an {@code X-Sdk-Date} header, which it signs
 * instead of reading the current time.
 */
final class SdkCase {

    static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    static final String SDK_DATE = "20240102T030405Z";
    static final String ACCESS_KEY = "HPUAEXAMPLEACCESSKEY";
    static final String SECRET_KEY = "ExampleSecretKey0123456789abcdefghijklmn";
    static final String SECURITY_TOKEN = "gQpjbi1ub3J0aC00EXAMPLETOKEN";

    private final String name;
    private HttpMethod method = HttpMethod.GET;
    private String endpoint = "https://swr-api.example.com";
    private String path = "/v2/manage/namespaces";
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String contentType;
    private String textBody;
    private byte[] binaryBody;
    private String projectId;
    private boolean temporary;

    private SdkCase(String name) {
        this.name = name;
    }

    static SdkCase named(String name) {
        return new SdkCase(name);
    }

    SdkCase method(HttpMethod method) {
        this.method = method;
        return this;
    }

    SdkCase endpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    SdkCase path(String path) {
        this.path = path;
        return this;
    }

    SdkCase query(String key, String... values) {
        query.computeIfAbsent(key, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    SdkCase header(String headerName, String value) {
        headers.put(headerName, value);
        return this;
    }

    SdkCase contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    SdkCase textBody(String body) {
        this.textBody = body;
        return this;
    }

    SdkCase binaryBody(byte[] body) {
        this.binaryBody = body;
        return this;
    }

    SdkCase projectId(String projectId) {
        this.projectId = projectId;
        return this;
    }

    SdkCase temporaryCredentials() {
        this.temporary = true;
        return this;
    }

    AkSkCredentials credentials() {
        return temporary
                ? AkSkCredentials.temporary(ACCESS_KEY, SECRET_KEY, SECURITY_TOKEN)
                : AkSkCredentials.of(ACCESS_KEY, SECRET_KEY);
    }

    /** The request our client would sign: it adds Host and X-Project-Id itself. */
    SignableRequest.Builder ours() {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(method.name())
                .path(path)
                .queryParameters(query)
                .header(SigningHeaders.HOST, URI.create(endpoint).getRawAuthority());
        headers.forEach(builder::header);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (projectId != null) {
            builder.header(SigningHeaders.X_PROJECT_ID, projectId);
        }
        if (textBody != null) {
            builder.body(textBody.getBytes(StandardCharsets.UTF_8));
        } else if (binaryBody != null) {
            builder.body(binaryBody);
        }
        return builder;
    }

    /** The request as the SDK would send it, all headers included. */
    HttpRequest signedBySdk() {
        HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                .withEndpoint(endpoint)
                .withPath(path)
                .withMethod(method)
                .addHeader(SigningHeaders.X_SDK_DATE, SDK_DATE);
        query.forEach(builder::addQueryParam);
        headers.forEach(builder::addHeader);
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (textBody != null) {
            builder.withBodyAsString(textBody);
        } else if (binaryBody != null) {
            builder.withBody(new ByteArrayInputStream(binaryBody));
        }
        BasicCredentials credentials = new BasicCredentials().withAk(ACCESS_KEY).withSk(SECRET_KEY);
        if (projectId != null) {
            credentials.withProjectId(projectId);
        }
        if (temporary) {
            credentials.withSecurityToken(SECURITY_TOKEN);
        }
        return credentials.syncProcessAuthRequest(builder.build(), null);
    }

    @Override
    public String toString() {
        return name;
    }
}
