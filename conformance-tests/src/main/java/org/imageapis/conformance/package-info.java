/** Conformance tests that check an implementation of the image APIs against the bundled OpenAPI specs. */
package org.imageapis.conformance;
