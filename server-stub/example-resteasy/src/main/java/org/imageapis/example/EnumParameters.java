package org.imageapis.example;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.imageapis.server.swr.model.SharedRepositoryCenter;
import org.imageapis.server.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.server.swr.model.SortOrder;

/**
 * Reads the generated enums from query parameters, answering an unknown value with a 400 that names the parameter.
 * Without it, JAX-RS turns a query parameter that fails to convert into a 404, which says "no such API".
 */
public final class EnumParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> ENUMS = Map.of(
            SharedRepositoryCenter.class, SharedRepositoryCenter::fromValue,
            SharedRepositoryOrderColumn.class, SharedRepositoryOrderColumn::fromValue,
            SortOrder.class, SortOrder::fromValue);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> fromValue = ENUMS.get(rawType);
        if (fromValue == null) {
            return null; // not ours: the runtime's own conversion applies
        }
        String parameter = Arrays.stream(annotations)
                .filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value())
                .findFirst()
                .orElse(rawType.getSimpleName());
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) fromValue.apply(value);
                } catch (IllegalArgumentException e) {
                    // A WebApplicationException from a converter reaches the exception mappers as it is.
                    throw Errors.badRequest("Invalid value for parameter " + parameter + ": must be one of "
                            + Arrays.toString(rawType.getEnumConstants()) + ".");
                }
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }
}
