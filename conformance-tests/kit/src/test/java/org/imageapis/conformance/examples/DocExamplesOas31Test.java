package org.imageapis.conformance.examples;

import org.imageapis.specs.Specs;

/** Every doc example against the OpenAPI 3.1 variant of its bundle: each conforms there as well. */
class DocExamplesOas31Test extends DocExamplesTest {

    @Override
    Specs.OpenApiVersion version() {
        return Specs.OpenApiVersion.V3_1;
    }
}
