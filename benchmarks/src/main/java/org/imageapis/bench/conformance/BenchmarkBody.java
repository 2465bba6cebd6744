package org.imageapis.bench.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.imageapis.specs.Specs;

/** A response body to validate: a doc example, or the synthetic 1,000-item SWR list. */
public enum BenchmarkBody {
    MODELARTS_DOC(Specs.Api.MODELARTS, "listImageGroups", "/v1/p1/images/group", "list-image-groups-200.page-000.json"),
    WORKSPACE_DOC(Specs.Api.WORKSPACE, "listImageServers", "/v1/p1/image-servers", "list-image-servers-200.json"),
    HSS_DOC(Specs.Api.HSS, "listImageBasicImages", "/v5/p1/image/111/basic-image", "list-image-basic-images-200.json"),
    SWR_DOC(
            Specs.Api.SWR,
            "listSharedRepositories",
            "/v2/manage/shared-repositories",
            "list-shared-repositories-200.json"),
    SWR_1000(Specs.Api.SWR, "listSharedRepositories", "/v2/manage/shared-repositories", null);

    private static final ObjectMapper JSON = new ObjectMapper();

    final Specs.Api api;
    final String operationId;
    final String path;
    private final String exampleFile;

    BenchmarkBody(Specs.Api api, String operationId, String path, String exampleFile) {
        this.api = api;
        this.operationId = operationId;
        this.path = path;
        this.exampleFile = exampleFile;
    }

    byte[] bytes() {
        return exampleFile == null ? swrList(1000) : resource("openapi-src/" + api.id() + "/examples/" + exampleFile);
    }

    /** The bundled spec's text. */
    String specText() {
        try (InputStream in = Specs.bundle(api).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} shared repositories with every documented field set, the values varying per item. */
    static byte[] swrList(int count) {
        String[] categories = {"app_server", "linux", "framework_app", "database", "lang", "arm", "other"};
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode item = list.addObject();
            item.put("name", "repo-" + i);
            item.put("category", categories[i % categories.length]);
            item.put("description", "Repository number " + i);
            item.put("size", 115_645_792L + i * 1_000_003L);
            item.put("is_public", i % 2 == 0);
            item.put("num_images", i % 17);
            item.put("num_download", i * 31L);
            item.put("created_at", "2021-06-02T09:23:01.751202Z");
            item.put("updated_at", "2021-06-10T07:24:35.204517Z");
            item.put("logo", "");
            item.put("url", "");
            item.put("path", "swr.cn-north-4.myhuaweicloud.com/group/repo-" + i);
            item.put("internal_path", "swr.cn-north-4.myhuaweicloud.com/group/repo-" + i);
            item.put("domain_name", "domain-" + (i % 5));
            item.put("namespace", "group");
            item.putArray("tags").add("v1").add("v2").add("latest");
            item.put("status", i % 3 == 0);
            item.put("total_range", count);
        }
        try {
            return JSON.writeValueAsBytes(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = BenchmarkBody.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
