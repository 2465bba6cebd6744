/**
 * JSON schema checks in the spec's dialect (OpenAPI 3.0, or 3.1's JSON Schema 2020-12): compiled schemas, parameter
 * coercion, undeclared fields, and the translation of json-schema-validator messages into violations.
 */
package org.imageapis.conformance.schema;
