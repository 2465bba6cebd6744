/**
 * Validates responses and requests against an OpenAPI 3.0 or 3.1 spec. {@link org.imageapis.conformance.ConformanceValidator}
 * is the entry point; {@link org.imageapis.conformance.RecordedResponse} and
 * {@link org.imageapis.conformance.RecordedRequest} describe what to check, and a
 * {@link org.imageapis.conformance.ValidationReport} lists the {@link org.imageapis.conformance.Violation}s.
 * {@code diff} compares two versions of a spec ({@link org.imageapis.conformance.diff.SpecDiff}). The other
 * subpackages are internal: {@code spec} reads the spec, {@code schema} runs the JSON schema checks, {@code junit}
 * writes JUnit XML, and {@code cli} is the command line.
 */
package org.imageapis.conformance;
