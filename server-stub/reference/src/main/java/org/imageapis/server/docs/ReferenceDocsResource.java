package org.imageapis.server.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * The rendered reference docs of the specs jar ({@code docs/} in it) at {@code /reference/}: the index of the APIs
 * and one self-contained page per API, as the build rendered them.
 */
@Path("reference")
public final class ReferenceDocsResource {

    private static final String HTML = "text/html; charset=utf-8";
    private static final Pattern PAGE = Pattern.compile("[a-z0-9-]+\\.html");

    /**
     * {@code /reference/} is the index; {@code /reference} redirects there so that its relative links resolve.
     *
     * @param uriInfo the request, to tell {@code /reference} from {@code /reference/}
     * @return the index, or the redirect
     */
    @GET
    public Response index(@Context UriInfo uriInfo) {
        return uriInfo.getPath().endsWith("/")
                ? page("index.html")
                : Response.seeOther(UriBuilder.fromPath("/reference/").build()).build();
    }

    /**
     * @param page a page of the rendered reference
     * @return the page, or 404
     */
    @GET
    @Path("{page}")
    public Response page(@PathParam("page") String page) {
        InputStream content = PAGE.matcher(page).matches()
                ? ReferenceDocsResource.class.getClassLoader().getResourceAsStream("docs/" + page)
                : null;
        if (content == null) {
            throw new NotFoundException();
        }
        return Response.ok(content, HTML).build();
    }
}
