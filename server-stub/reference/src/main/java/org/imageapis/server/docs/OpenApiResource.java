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
import java.util.Map;
import org.imageapis.specs.Specs;

/** The four bundled specs, byte for byte as the specs jar holds them, at {@code /openapi/<api>.yaml}. */
@Singleton
@Path("openapi/{api}.yaml")
public final class OpenApiResource {

    private static final String YAML = "application/yaml";

    private final Map<Specs.Api, byte[]> bundles = new EnumMap<>(Specs.Api.class);

    public OpenApiResource() {
        for (Specs.Api api : Specs.Api.values()) {
            try (InputStream in = Specs.bundle(api).openStream()) {
                bundles.put(api, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + api.id() + " bundle", e);
            }
        }
    }

    @GET
    @Produces(YAML)
    public byte[] bundle(@PathParam("api") String id) {
        try {
            return bundles.get(Specs.Api.fromId(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
