/** Server stub for the image APIs, built from the bundled OpenAPI specs of {@code image-apis-specs}. */
package org.imageapis.server;
