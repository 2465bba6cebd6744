/**
 * The transport under the service classes: encoding, authentication, retries, logging and
 * mapping of responses and errors. Public only so that the service packages can use it; not a
 * supported API.
 */
package org.imageapis.client.http;
