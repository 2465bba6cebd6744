package org.imageapis.server.http;

import org.imageapis.registry.ApiEntry;
import org.imageapis.registry.ApiRegistry;

/**
 * The error codes the reference server answers, in the providers' {@code <SERVICE>.<4 digits>} style.
 *
 * <p>Authentication failures and unknown routes are the API gateway's business, so they carry the
 * gateway codes the providers use ({@code APIGW.0301}, {@code APIGW.0101}). Every other error is
 * {@code <SERVICE>.0<status>}, where the service is that of the API whose route the path is (its
 * {@link ApiEntry#errorCodePrefix()}), or {@code IMGAPI} outside the APIs, e.g. for {@code /docs}, and for a 414:
 * a request line too long to read has no path. The specs list these codes under {@code x-error-codes}.
 */
public final class ErrorCodes {

    /** The gateway's code for missing or refused credentials (401). */
    public static final String UNAUTHORIZED = "APIGW.0301";
    /** The gateway's code for a path no API routes (404). */
    public static final String NO_SUCH_ROUTE = "APIGW.0101";

    private static final String NO_API = "IMGAPI";

    private ErrorCodes() {}

    /**
     * The code for an error with {@code status} on a request to {@code path} (decoded, with leading {@code /}).
     *
     * @param status the HTTP status
     * @param path the request's decoded path
     * @return the code, such as {@code SWR.0400}
     */
    public static String forStatus(int status, String path) {
        if (status == 401) {
            return UNAUTHORIZED;
        }
        if (status == 404) {
            return NO_SUCH_ROUTE;
        }
        String service = status == 414
                ? NO_API
                : ApiRegistry.forPath(path).map(ApiEntry::errorCodePrefix).orElse(NO_API);
        return service + String.format(".%04d", status);
    }
}
