/**
 * Breaking-change detection between two versions of a spec: {@link org.imageapis.conformance.diff.SpecDiff}
 * compares them (openapi-diff finds what changed), classifies each change for clients and for servers, and
 * {@link org.imageapis.conformance.diff.DiffFormat} writes the result; {@link org.imageapis.conformance.diff.SpecGate}
 * holds the bundles to the released baseline in the build.
 */
package org.imageapis.conformance.diff;
