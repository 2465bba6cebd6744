/**
 * Java client for the image APIs: start at {@link org.imageapis.client.ImageApisClient}.
 *
 * <p>Layout: this package holds the entry point and its configuration (cloud, endpoints,
 * credentials, retries); {@code modelarts}, {@code workspace}, {@code hss} and {@code swr} hold
 * each service's typed requests, with the models generated from the bundled specs in their
 * {@code .model} subpackages; {@code errors} holds the exceptions; {@code paging} the auto-pager;
 * {@code http} the transport that encodes, signs, retries and maps calls.
 */
package org.imageapis.client;
