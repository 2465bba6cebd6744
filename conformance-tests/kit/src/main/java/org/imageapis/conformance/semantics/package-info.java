/**
 * The spec's semantic extensions, read into records: {@code x-paging} ({@link org.imageapis.conformance.semantics.Paging}),
 * {@code x-filter} ({@link org.imageapis.conformance.semantics.Filter}), {@code x-sort}
 * ({@link org.imageapis.conformance.semantics.Sort}) and {@code x-example-requests}
 * ({@link org.imageapis.conformance.semantics.ExampleRequest}). The server test kit reads them instead of knowing
 * any API; the specs' Spectral rules check their shape and names.
 */
package org.imageapis.conformance.semantics;
