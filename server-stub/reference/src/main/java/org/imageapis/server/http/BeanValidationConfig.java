package org.imageapis.server.http;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.validation.ValidationConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of request parameters. Violations name the parameter as the request does
 * ({@code limit}, {@code region}), not {@code arg2}: from the {@code @QueryParam}/{@code @HeaderParam}/
 * {@code @PathParam} on the method or on the generated interface method it implements.
 */
public final class BeanValidationConfig implements ContextResolver<ValidationConfig>, ParameterNameProvider {

    private final Map<Method, List<String>> names = new ConcurrentHashMap<>();

    @Override
    public ValidationConfig getContext(Class<?> type) {
        // The messages use {min}-style parameters only, so no expression language needs to boot.
        return new ValidationConfig()
                .parameterNameProvider(this)
                .messageInterpolator(new ParameterMessageInterpolator());
    }

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
        return positional(constructor);
    }

    /** Asked for every validated parameter of every request, so computed once per method. */
    @Override
    public List<String> getParameterNames(Method method) {
        return names.computeIfAbsent(method, BeanValidationConfig::namesOf);
    }

    private static List<String> namesOf(Method method) {
        Method annotated = annotatedDeclaration(method);
        Annotation[][] annotations = annotated.getParameterAnnotations();
        List<String> names = new ArrayList<>(annotations.length);
        for (int i = 0; i < annotations.length; i++) {
            names.add(nameOf(annotations[i], "arg" + i));
        }
        return List.copyOf(names);
    }

    private static Method annotatedDeclaration(Method method) {
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                return type.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // not declared by this interface
            }
        }
        return method;
    }

    private static String nameOf(Annotation[] annotations, String fallback) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return fallback;
    }

    private static List<String> positional(Executable executable) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < executable.getParameterCount(); i++) {
            names.add("arg" + i);
        }
        return names;
    }
}
