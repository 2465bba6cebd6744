package org.imageapis.example;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Application;
import java.time.Clock;
import java.util.Set;

/**
 * Everything the server is made of, as instances: the resource and the providers around it. Handing in instances
 * is the plain Java SE way to give them their dependencies (the store, the credentials) without a CDI container.
 */
public final class ExampleApplication extends Application {

    private final Set<Object> singletons;

    public ExampleApplication(RepositoryStore store, ExampleServer.Credentials credentials, Clock clock) {
        // Absent fields stay absent in answers rather than turning into nulls the spec does not allow.
        JsonMapper json = JsonMapper.builder()
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        this.singletons = Set.of(
                new SharedRepositoriesResource(store),
                new JacksonJsonProvider(json),
                new EnumParameters(),
                new MalformedTargetFilter(),
                new ConstraintViolationMapper(),
                new ErrorMapper(),
                new RequestIdFilter(),
                new AuthFilter(credentials, clock));
    }

    /**
     * Deprecated since Jakarta REST 3.1 in favour of CDI beans, but every Jakarta EE 10 runtime still honours it, and
     * it keeps this example free of a CDI container. With CDI, make these beans and inject the store instead.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Set<Object> getSingletons() {
        return singletons;
    }
}
