/** Reads a spec with Swagger Parser into operations, parameters and responses that point at their schemas. */
package org.imageapis.conformance.spec;
