/**
 * The client's exceptions, all unchecked and all under {@link org.imageapis.client.errors.ImageApisException}.
 * Error responses become {@link org.imageapis.client.errors.ServiceException}s, split into 4xx
 * ({@link org.imageapis.client.errors.ClientErrorException}) and 5xx
 * ({@link org.imageapis.client.errors.ServerErrorException}) with a subclass per common status.
 */
package org.imageapis.client.errors;
