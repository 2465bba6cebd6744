package org.imageapis.server.docs;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.specs.Specs;

/**
 * The bundled specs of the registry's APIs, byte for byte as the specs jar holds them: OpenAPI 3.0.3 at {@code
 * /openapi/<api>.yaml}, and the OpenAPI 3.1.0 variant at {@code /openapi/3.1/<api>.yaml}.
 */
@Singleton
@Path("openapi")
public final class OpenApiResource {

    private static final String YAML = "application/yaml";

    private final Map<Specs.OpenApiVersion, Map<String, byte[]>> bundles = new EnumMap<>(Specs.OpenApiVersion.class);

    /** Reads every bundle of the specs jar once, both OpenAPI versions. */
    public OpenApiResource() {
        for (Specs.OpenApiVersion version : Specs.OpenApiVersion.values()) {
            Map<String, byte[]> byApi = new HashMap<>();
            for (ApiEntry api : ApiRegistry.apis()) {
                try (InputStream in =
                        Specs.bundle(Specs.Api.fromId(api.id()), version).openStream()) {
                    byApi.put(api.id(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the " + api.id() + " bundle (" + version + ")", e);
                }
            }
            bundles.put(version, byApi);
        }
    }

    /**
     * @param id the API's id
     * @return its OpenAPI 3.0.3 bundle, or 404
     */
    @GET
    @Path("{api}.yaml")
    @Produces(YAML)
    public byte[] bundle(@PathParam("api") String id) {
        return bundle(Specs.OpenApiVersion.V3_0, id);
    }

    /**
     * @param id the API's id
     * @return its OpenAPI 3.1.0 bundle, or 404
     */
    @GET
    @Path("3.1/{api}.yaml")
    @Produces(YAML)
    public byte[] bundle31(@PathParam("api") String id) {
        return bundle(Specs.OpenApiVersion.V3_1, id);
    }

    private byte[] bundle(Specs.OpenApiVersion version, String id) {
        try {
            return bundles.get(version).get(ApiRegistry.byId(id).id());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
