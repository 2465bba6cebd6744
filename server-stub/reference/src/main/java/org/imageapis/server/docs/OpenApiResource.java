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
import java.util.HashMap;
import java.util.Map;
import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;
import org.imageapis.specs.Specs;

/** The bundled specs of the registry's APIs, byte for byte as the specs jar holds them, at {@code /openapi/<api>.yaml}. */
@Singleton
@Path("openapi/{api}.yaml")
public final class OpenApiResource {

    private static final String YAML = "application/yaml";

    private final Map<String, byte[]> bundles = new HashMap<>();

    public OpenApiResource() {
        for (ApiEntry api : ApiRegistry.apis()) {
            try (InputStream in = Specs.bundle(Specs.Api.fromId(api.id())).openStream()) {
                bundles.put(api.id(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + api.id() + " bundle", e);
            }
        }
    }

    @GET
    @Produces(YAML)
    public byte[] bundle(@PathParam("api") String id) {
        try {
            return bundles.get(ApiRegistry.byId(id).id());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
