package org.imageapis.server.http;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The error codes the reference server answers, in the providers' {@code <SERVICE>.<4 digits>} style.
 *
 * <p>Authentication failures and unknown routes are the API gateway's business, so they carry the
 * gateway codes the providers use ({@code APIGW.0301}, {@code APIGW.0101}). Every other error is
 * {@code <SERVICE>.0<status>}, where the service comes from the request path ({@code IMGAPI} outside
 * the four APIs, e.g. for {@code /docs}, and for a 414: a request line too long to read has no path).
 * The specs list these codes under {@code x-error-codes}.
 */
public final class ErrorCodes {

    public static final String UNAUTHORIZED = "APIGW.0301";
    public static final String NO_SUCH_ROUTE = "APIGW.0101";

    private enum Service {
        MODELARTS("^/v1/[^/]+/images/group/?$"),
        WORKSPACE("^/v1/[^/]+/image-servers/?$"),
        HSS("^/v5/[^/]+/image/[^/]+/basic-image/?$"),
        SWR("^/v2/manage/shared-repositories/?$"),
        IMGAPI("");

        private final Pattern path;

        Service(String path) {
            this.path = Pattern.compile(path);
        }
    }

    private ErrorCodes() {
    }

    /** The code for an error with {@code status} on a request to {@code path} (decoded, with leading {@code /}). */
    public static String forStatus(int status, String path) {
        if (status == 401) {
            return UNAUTHORIZED;
        }
        if (status == 404) {
            return NO_SUCH_ROUTE;
        }
        Service service = status == 414 ? Service.IMGAPI : service(path);
        return service.name() + String.format(".%04d", status);
    }

    private static Service service(String path) {
        return Arrays.stream(Service.values())
                .filter(service -> service != Service.IMGAPI && service.path.matcher(path).matches())
                .findFirst()
                .orElse(Service.IMGAPI);
    }
}
