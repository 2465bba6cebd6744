package org.imageapis.example;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names method parameters in Bean Validation messages as the request does ({@code limit}, not {@code arg3}): from
 * the {@code @QueryParam}, {@code @HeaderParam} or {@code @PathParam} of the generated interface method, since the
 * annotations of an interface method's parameters are not inherited by the implementing method. Bean Validation
 * picks it up from {@code META-INF/validation.xml}, its standard configuration file, so no runtime API is needed.
 */
public final class QueryParameterNames implements ParameterNameProvider {

    private final Map<Method, List<String>> names = new ConcurrentHashMap<>();

    @Override
    public List<String> getParameterNames(Method method) {
        return names.computeIfAbsent(method, QueryParameterNames::namesOf);
    }

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
        return positional(constructor.getParameterCount());
    }

    private static List<String> namesOf(Method method) {
        Annotation[][] annotations = declaration(method).getParameterAnnotations();
        List<String> names = new ArrayList<>(positional(annotations.length));
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.set(i, query.value());
                } else if (annotation instanceof HeaderParam header) {
                    names.set(i, header.value());
                } else if (annotation instanceof PathParam path) {
                    names.set(i, path.value());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The interface method that the method implements, which carries the annotations; else the method itself. */
    private static Method declaration(Method method) {
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                return type.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // not this interface's
            }
        }
        return method;
    }

    private static List<String> positional(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add("arg" + i);
        }
        return names;
    }
}
