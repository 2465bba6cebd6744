package org.imageapis.server.control;

import java.util.regex.Pattern;
import org.imageapis.specs.Specs;

/** Which of the four APIs a request path belongs to, by the path alone (any method). */
public final class ApiRoutes {

    private static final Pattern MODELARTS = Pattern.compile("/v1/[^/]+/images/group/?");
    private static final Pattern WORKSPACE = Pattern.compile("/v1/[^/]+/image-servers/?");
    private static final Pattern HSS = Pattern.compile("/v5/[^/]+/image/[^/]+/basic-image/?");
    private static final Pattern SWR = Pattern.compile("/v2/manage/shared-repositories/?");

    private ApiRoutes() {
    }

    /** The API whose operation is at {@code path} (without query), or null for any other path. */
    public static Specs.Api apiOf(String path) {
        if (path == null || path.length() < 4 || path.charAt(0) != '/' || path.charAt(1) != 'v') {
            return null;
        }
        if (SWR.matcher(path).matches()) {
            return Specs.Api.SWR;
        }
        if (MODELARTS.matcher(path).matches()) {
            return Specs.Api.MODELARTS;
        }
        if (WORKSPACE.matcher(path).matches()) {
            return Specs.Api.WORKSPACE;
        }
        return HSS.matcher(path).matches() ? Specs.Api.HSS : null;
    }
}
