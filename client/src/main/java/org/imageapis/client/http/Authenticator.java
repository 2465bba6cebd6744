package org.imageapis.client.http;

import java.util.Map;
import java.util.function.Supplier;
import org.imageapis.signing.SignableRequest;

/** Adds the credentials to a request that is about to be sent (once per attempt, so signatures are fresh). */
@FunctionalInterface
public interface Authenticator {

    /**
     * Returns the headers to add. {@code request} gives what will be sent: decoded path and query,
     * every header the client sets, and {@code Host} as java.net.http will send it. It is built
     * only when asked for, so credentials that do not sign cost nothing.
     *
     * @param request what will be sent, built on demand
     * @return the headers to add
     */
    Map<String, String> authenticate(Supplier<SignableRequest> request);
}
