package org.imageapis.server.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the reference server in this JVM for the annotated test class: started on a free port before the class's
 * first test, stopped after its last; faults and journal cleared before each test. Test and lifecycle methods and
 * constructors take an {@link ImageApisServer}, or a ready {@code ImageApisClient}, as a parameter.
 *
 * <pre>{@code
 * @ImageApisServerTest(generate = 500)
 * class MyTest {
 *     @Test
 *     void lists(ImageApisServer server) {
 *         ImageApisClient client = server.clientBuilder().credentials(Credentials.token("t")).build();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * A {@code @Nested} class shares its enclosing class's server unless it carries its own annotation.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ImageApisServerExtension.class)
public @interface ImageApisServerTest {

    /**
     * The dataset instead of the built-in one: {@code classpath:my-data.json} or a file path, in the reference
     * server's {@code --data} format. Empty (the default): the built-in dataset.
     *
     * @return the dataset's location, or empty for the built-in one
     */
    String dataset() default "";

    /**
     * Synthetic records per API added to the dataset (default none).
     *
     * @return records per API
     */
    int generate() default 0;

    /** @return the tokens the server accepts; none (the default) accepts any non-empty token */
    String[] tokens() default {};

    /** @return the {@code AK:SK} pairs whose signatures the server accepts */
    String[] accessKeys() default {};

    /** @return whether the server honours the {@code Prefer} header (default true) */
    boolean prefer() default true;

    /** @return whether the journal records requests (default true) */
    boolean journal() default true;

    /** @return the project id of the server's client builder */
    String projectId() default ImageApisServer.DEFAULT_PROJECT_ID;

    /** @return the region of the server's client builder */
    String region() default ImageApisServer.DEFAULT_REGION;

    /** @return the port (default 0: a free port) */
    int port() default 0;
}
