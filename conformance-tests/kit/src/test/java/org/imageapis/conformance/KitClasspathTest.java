package org.imageapis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kit's own dependencies hold none of the javax-era (Jakarta EE 8) APIs that Swagger Parser would pull: they
 * share coordinates with the Jakarta EE 10 APIs a JAX-RS server needs, and Maven would put one or the other on a
 * consumer's classpath. The kit excludes them and still parses and validates (the rest of this module's tests).
 */
class KitClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {"javax.validation.Validation", "javax.xml.bind.JAXBContext", "javax.activation.DataSource"})
    void noJavaxEraApiIsOnTheClasspath(String className) {
        assertThat(isLoadable(className)).as(className).isFalse();
    }

    private static boolean isLoadable(String className) {
        try {
            Class.forName(className, false, KitClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
