package org.imageapis.server.http;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.ValidationInterceptor;
import org.glassfish.jersey.server.spi.ValidationInterceptorContext;

/**
 * Checks the parameter constraints of a resource method with plain code first, and lets Hibernate Validator run
 * only when one fails, so that a valid request (nearly every request) skips Bean Validation's machinery, and an
 * invalid one gets exactly Bean Validation's violations and messages.
 *
 * <p>It understands what the generated interfaces declare: {@code @NotNull}, {@code @Min} and {@code @Max} on
 * integers, {@code @Size} and {@code @Pattern} on strings, in the default group. A method (or resource class)
 * with any other constraint, or {@code @Valid}, is always left to Bean Validation. Each check passes exactly when
 * Hibernate Validator's validator for it does (null passes all but {@code @NotNull}), so skipping it never lets
 * through a request Bean Validation would refuse.
 */
public final class ParameterConstraints implements ValidationInterceptor {

    /** Per resource method: its checks, one per parameter, or empty when Bean Validation must run. */
    private final Map<Method, Optional<List<Predicate<Object>>>> checks = new ConcurrentHashMap<>();

    @Override
    public void onValidate(ValidationInterceptorContext context) {
        Invocable invocable = context.getInvocable();
        Optional<List<Predicate<Object>>> method = checks.computeIfAbsent(
                invocable.getHandlingMethod(),
                handling -> compile(
                        handling,
                        invocable.getDefinitionMethod(),
                        context.getResource().getClass()));
        if (method.isEmpty() || !allPass(method.get(), context.getArgs())) {
            context.proceed();
        }
    }

    private static boolean allPass(List<Predicate<Object>> checks, Object[] args) {
        if (args.length != checks.size()) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!checks.get(i).test(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** The checks of a method's parameters, from every declaration of the method; empty if one is not known. */
    static Optional<List<Predicate<Object>>> compile(Method handling, Method definition, Class<?> resourceClass) {
        if (hasConstraints(resourceClass)) {
            return Optional.empty();
        }
        List<Method> declarations = declarations(handling, definition);
        List<Predicate<Object>> parameters = new ArrayList<>();
        for (int p = 0; p < handling.getParameterCount(); p++) {
            Predicate<Object> all = value -> true;
            for (Method declaration : declarations) {
                if (isConstraint(declaration) || declaration.isAnnotationPresent(Valid.class)) {
                    return Optional.empty(); // cross-parameter or return-value constraints: not handled here
                }
                for (Annotation annotation : declaration.getParameterAnnotations()[p]) {
                    Optional<Predicate<Object>> check =
                            check(annotation, declaration.getParameterTypes()[p]);
                    if (check.isEmpty()) {
                        return Optional.empty();
                    }
                    all = all.and(check.get());
                }
                if (!(declaration.getGenericParameterTypes()[p] instanceof Class)) {
                    return Optional.empty(); // a generic type may carry constraints on its elements
                }
            }
            parameters.add(all);
        }
        return Optional.of(List.copyOf(parameters));
    }

    /** The check for one parameter annotation; empty for a constraint not handled here, none for others. */
    private static Optional<Predicate<Object>> check(Annotation annotation, Class<?> type) {
        boolean integer = type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
        if (annotation instanceof NotNull notNull && defaultGroup(notNull.groups())) {
            return Optional.of(value -> value != null);
        }
        if (annotation instanceof Min min && integer && defaultGroup(min.groups())) {
            long bound = min.value();
            return Optional.of(value -> value == null || ((Number) value).longValue() >= bound);
        }
        if (annotation instanceof Max max && integer && defaultGroup(max.groups())) {
            long bound = max.value();
            return Optional.of(value -> value == null || ((Number) value).longValue() <= bound);
        }
        if (annotation instanceof Size size && type == String.class && defaultGroup(size.groups())) {
            int least = size.min();
            int most = size.max();
            return Optional.of(
                    value -> value == null || ((String) value).length() >= least && ((String) value).length() <= most);
        }
        if (annotation instanceof Pattern pattern && type == String.class && defaultGroup(pattern.groups())) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            return Optional.of(
                    value -> value == null || compiled.matcher((String) value).matches());
        }
        if (isConstraint(annotation) || annotation instanceof Valid) {
            return Optional.empty();
        }
        return Optional.of(value -> true); // @QueryParam, @DefaultValue, ...
    }

    private static boolean defaultGroup(Class<?>[] groups) {
        return groups.length == 0;
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(Constraint.class)
                || annotation.annotationType().getSimpleName().equals("List")
                        && annotation.annotationType().getEnclosingClass() != null
                        && annotation.annotationType().getEnclosingClass().isAnnotationPresent(Constraint.class);
    }

    private static boolean isConstraint(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (isConstraint(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Bean Validation would validate the resource object itself (class, field or getter constraints). */
    private static boolean hasConstraints(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (isConstraint(c)) {
                return true;
            }
            for (var field : c.getDeclaredFields()) {
                if (isConstraint(field) || field.isAnnotationPresent(Valid.class)) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.getParameterCount() == 0
                        && (isConstraint(method) || method.isAnnotationPresent(Valid.class))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The method and every method it overrides in the resource's interfaces and superclasses. */
    private static List<Method> declarations(Method handling, Method definition) {
        List<Method> declarations = new ArrayList<>();
        declarations.add(handling);
        if (!definition.equals(handling)) {
            declarations.add(definition);
        }
        collect(handling.getDeclaringClass(), handling, declarations);
        return declarations;
    }

    private static void collect(Class<?> type, Method handling, List<Method> declarations) {
        if (type == null) {
            return;
        }
        for (Class<?> parent : type.getInterfaces()) {
            addIfDeclared(parent, handling, declarations);
            collect(parent, handling, declarations);
        }
        if (type.getSuperclass() != null) {
            addIfDeclared(type.getSuperclass(), handling, declarations);
            collect(type.getSuperclass(), handling, declarations);
        }
    }

    private static void addIfDeclared(Class<?> type, Method handling, List<Method> declarations) {
        try {
            Method declared = type.getDeclaredMethod(handling.getName(), handling.getParameterTypes());
            if (!declarations.contains(declared)) {
                declarations.add(declared);
            }
        } catch (NoSuchMethodException e) {
            // not declared there
        }
    }
}
