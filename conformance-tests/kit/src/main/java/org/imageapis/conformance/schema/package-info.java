/**
 * JSON schema checks in the OpenAPI 3.0 dialect: compiled schemas, parameter coercion, undeclared fields, and the
 * translation of json-schema-validator messages into violations.
 */
package org.imageapis.conformance.schema;
