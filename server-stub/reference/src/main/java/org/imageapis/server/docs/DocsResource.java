package org.imageapis.server.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.imageapis.registry.ApiRegistry;

/**
 * Swagger UI at {@code /docs/}, served from the swagger-ui webjar with this project's initializer,
 * which lists the registry's APIs.
 */
@Path("docs")
public final class DocsResource {

    private static final String INITIALIZER = "swagger-initializer.js";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png");

    /** Where the initializer takes the list of specs, each {@code { url, name }}. */
    private static final String URLS_PLACEHOLDER = "/* API_URLS */ []";

    private static final byte[] INITIALIZER_SCRIPT = initializerScript();

    private final String webjarDirectory = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    /**
     * {@code /docs/} is the page; {@code /docs} redirects there so that its relative links resolve.
     *
     * @param uriInfo the request, to tell {@code /docs} from {@code /docs/}
     * @return the page, or the redirect
     */
    @GET
    public Response index(@Context UriInfo uriInfo) {
        return uriInfo.getPath().endsWith("/")
                ? file("index.html")
                : Response.seeOther(UriBuilder.fromPath("/docs/").build()).build();
    }

    /**
     * @param file a file of the Swagger UI page
     * @return the file, or 404
     */
    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (!FILE_NAME.matcher(file).matches() || !TYPES.containsKey(extension)) {
            throw new NotFoundException();
        }
        if (file.equals(INITIALIZER)) {
            return Response.ok(INITIALIZER_SCRIPT, TYPES.get(extension)).build();
        }
        InputStream content = DocsResource.class.getClassLoader().getResourceAsStream(webjarDirectory + file);
        if (content == null) {
            throw new NotFoundException();
        }
        return Response.ok(content, TYPES.get(extension)).build();
    }

    private static byte[] initializerScript() {
        try (InputStream in = DocsResource.class.getResourceAsStream(INITIALIZER)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!script.contains(URLS_PLACEHOLDER)) {
                throw new IllegalStateException(INITIALIZER + " lacks " + URLS_PLACEHOLDER);
            }
            return script.replace(URLS_PLACEHOLDER, specUrls()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String specUrls() throws JsonProcessingException {
        return new ObjectMapper()
                .writeValueAsString(ApiRegistry.apis().stream()
                        .map(api -> new SpecUrl("../openapi/" + api.id() + ".yaml", api.title()))
                        .toList());
    }

    /** One entry of Swagger UI's {@code urls}: the spec and its name in the top bar. */
    private record SpecUrl(String url, String name) {}

    private static String webjarVersion() {
        try (InputStream in = DocsResource.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
