package org.imageapis.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imageapis.client.fixture.gallery.GalleryService;
import org.imageapis.client.fixture.gallery.ListAlbumsRequest;
import org.imageapis.client.http.Transport;
import org.junit.jupiter.api.Test;

/**
 * The client's API packages never show an internal type: no public or protected constructor, method
 * or field of a public class there takes, returns or is of a type from an internal package, and no
 * such class extends or implements one. This is the check a {@code module-info.java} exporting only
 * the API packages would make at compile time (README, "API and internal packages", says why the
 * client has no module descriptor yet).
 */
class ApiSurfaceTest {

    /** The packages that are not API; everything else under {@code org.imageapis.client} is. */
    static final Set<String> INTERNAL_PACKAGES = Set.of("org.imageapis.client.http");

    @Test
    void noApiTypeExposesAnInternalType() {
        List<Class<?>> apiClasses =
                clientClasses().stream().filter(ApiSurfaceTest::isApi).toList();

        assertThat(apiClasses)
                .contains(
                        ImageApisClient.class,
                        CredentialsProvider.class,
                        org.imageapis.client.swr.SwrService.class,
                        org.imageapis.client.swr.model.SharedRepository.class);
        assertThat(apiClasses.stream().flatMap(type -> exposures(type).stream()))
                .isEmpty();
    }

    /** The generator's other constructor, for a spec the client does not register: the fixture's, in the tests. */
    @Test
    void theGeneratedCodeOfAnUnregisteredSpecExposesNoInternalType() {
        List<Class<?>> generated = Stream.of(GalleryService.class, ListAlbumsRequest.class)
                .flatMap(type -> Stream.concat(Stream.of(type), Stream.of(type.getDeclaredClasses())))
                .toList();

        assertThat(generated).contains(GalleryService.WithRawResponse.class);
        assertThat(generated.stream().flatMap(type -> exposures(type).stream())).isEmpty();
    }

    @Test
    void theCheckFindsAnExposedInternalType() {
        assertThat(exposures(Leaky.class))
                .containsExactlyInAnyOrder(
                        "Leaky(Transport): parameter org.imageapis.client.http.Transport",
                        "Leaky.transports(): returns java.util.List<org.imageapis.client.http.Transport>",
                        "Leaky.field: type org.imageapis.client.http.Transport");
    }

    @Test
    void theTransportIsInternal() {
        assertThat(clientClasses()).filteredOn(type -> !isApi(type)).contains(Transport.class);
    }

    /** A public class showing an internal type in each way, for the check above to find. */
    public static final class Leaky {
        public Transport field;

        public Leaky(Transport transport) {
            this.field = transport;
        }

        public List<Transport> transports() {
            return List.of(field);
        }

        private Transport hidden() {
            return field;
        }
    }

    private static boolean isApi(Class<?> type) {
        return !INTERNAL_PACKAGES.contains(type.getPackageName()) && isPubliclyVisible(type);
    }

    private static boolean isPubliclyVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** Each way {@code type} shows an internal type, worded for the failure message. */
    private static List<String> exposures(Class<?> type) {
        List<String> found = new ArrayList<>();
        String name = type.getSimpleName();
        check(found, name + ": extends ", type.getGenericSuperclass());
        for (Type implemented : type.getGenericInterfaces()) {
            check(found, name + ": implements ", implemented);
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                check(found, name + "." + field.getName() + ": type ", field.getGenericType());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                checkExecutable(found, name + signature(constructor), constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method)) {
                String where = name + "." + method.getName() + signature(method);
                check(found, where + ": returns ", method.getGenericReturnType());
                checkExecutable(found, where, method);
            }
        }
        return found;
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
    }

    private static void checkExecutable(List<String> found, String where, Executable executable) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(found, where + ": parameter ", parameter);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(found, where + ": throws ", thrown);
        }
    }

    private static String signature(Executable executable) {
        return Stream.of(executable.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static void check(List<String> found, String where, Type type) {
        if (type != null && mentionsInternal(type, new ArrayList<>())) {
            found.add(where + type.getTypeName());
        }
    }

    private static boolean mentionsInternal(Type type, List<Type> seen) {
        if (seen.contains(type)) {
            return false;
        }
        seen.add(type);
        if (type instanceof Class<?> c) {
            Class<?> component = c;
            while (component.isArray()) {
                component = component.getComponentType();
            }
            return INTERNAL_PACKAGES.contains(component.getPackageName());
        }
        if (type instanceof ParameterizedType parameterized) {
            return mentionsInternal(parameterized.getRawType(), seen)
                    || Stream.of(parameterized.getActualTypeArguments()).anyMatch(t -> mentionsInternal(t, seen));
        }
        if (type instanceof GenericArrayType array) {
            return mentionsInternal(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .anyMatch(t -> mentionsInternal(t, seen));
        }
        if (type instanceof TypeVariable<?> variable) {
            return Stream.of(variable.getBounds()).anyMatch(t -> mentionsInternal(t, seen));
        }
        return false;
    }

    /** Every class of the client's main output (the directory or jar {@link ImageApisClient} was loaded from). */
    private static List<Class<?>> clientClasses() {
        try {
            Path root = Path.of(ImageApisClient.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString())
                        .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length())
                                .replace(root.getFileSystem().getSeparator(), "."))
                        .map(ApiSurfaceTest::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
