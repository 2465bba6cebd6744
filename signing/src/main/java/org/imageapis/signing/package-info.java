/**
 * AK/SK request signing ({@code SDK-HMAC-SHA256}) as Huawei Cloud and Open Telekom Cloud use it,
 * with the JDK only.
 *
 * <p>A client describes what it sends as a {@link org.imageapis.signing.SignableRequest} (with its
 * {@code Host} header) and adds the headers {@link org.imageapis.signing.Signer#sign} returns. A
 * server builds a {@code SignableRequest} from what it received, decoded, and passes it to
 * {@link org.imageapis.signing.SignatureVerifier#verify}.
 */
package org.imageapis.signing;
