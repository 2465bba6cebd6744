package org.imageapis.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.imageapis.server.swr.api.SharedRepositoriesApi;
import org.imageapis.server.workspace.api.ImageServersApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The artifact is the API and nothing else: its runtime classpath (this test's, less JUnit and AssertJ) holds no
 * JAX-RS implementation, no server and no Bean Validation implementation, and the generated interfaces carry the
 * JAX-RS and constraint annotations an implementer's runtime reads.
 */
class ApiClasspathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.glassfish.jersey.server.ResourceConfig",
                "org.glassfish.grizzly.http.server.HttpServer",
                "org.hibernate.validator.HibernateValidator",
                "org.jboss.resteasy.core.ResteasyContext",
                "org.apache.cxf.jaxrs.JAXRSServerFactoryBean"
            })
    void noRuntimeIsOnTheClasspath(String className) {
        assertThat(isLoadable(className)).as(className).isFalse();
    }

    @Test
    void theInterfacesCarryTheirRoutesAndConstraints() throws Exception {
        Method listImageServers = Arrays.stream(ImageServersApi.class.getMethods())
                .filter(m -> m.getName().equals("listImageServers"))
                .findFirst()
                .orElseThrow();
        Parameter limit = Arrays.stream(listImageServers.getParameters())
                .filter(p -> p.isAnnotationPresent(QueryParam.class)
                        && p.getAnnotation(QueryParam.class).value().equals("limit"))
                .findFirst()
                .orElseThrow();

        assertThat(ImageServersApi.class.getAnnotation(Path.class)).isNotNull();
        assertThat(listImageServers.isAnnotationPresent(GET.class)).isTrue();
        assertThat(limit.getAnnotation(Max.class).value()).isEqualTo(100);
        assertThat(SharedRepositoriesApi.class.getMethods())
                .extracting(Method::getName)
                .contains("listSharedRepositories");
    }

    private static boolean isLoadable(String className) {
        try {
            Class.forName(className, false, ApiClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
