package org.imageapis.conformance;

import org.imageapis.specs.Specs;

/** Every test of {@link RequestValidationTest} on the OpenAPI 3.1 fixture and bundles: the same input, the same violations. */
class RequestValidationOas31Test extends RequestValidationTest {

    @Override
    Specs.OpenApiVersion version() {
        return Specs.OpenApiVersion.V3_1;
    }
}
