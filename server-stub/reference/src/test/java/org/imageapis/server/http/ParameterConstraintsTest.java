package org.imageapis.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.hss.BasicImagesResource;
import org.imageapis.server.modelarts.ImageGroupsResource;
import org.imageapis.server.swr.SharedRepositoriesResource;
import org.imageapis.server.workspace.ImageServersResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain-code checks of {@link ParameterConstraints} cover every API method, and pass exactly when Hibernate
 * Validator finds no violation, on random arguments around every bound and pattern.
 */
class ParameterConstraintsTest {

    private static final List<Class<?>> RESOURCES = List.of(
            ImageGroupsResource.class,
            ImageServersResource.class,
            BasicImagesResource.class,
            SharedRepositoriesResource.class);
    private static final String[] STRINGS = {
        "",
        "0",
        "1",
        "10",
        "100",
        "1000",
        "1001",
        "-1",
        "abc",
        "a.b-c_d",
        "ABC",
        "a b",
        "x".repeat(64),
        "y".repeat(65),
        "z".repeat(513),
        "center::self",
        "name::a|limit::10",
        "center::self|",
        "namespace",
        "ns__a",
        "ns..a",
        "a-b",
        "9",
        "12345678901234567890",
        "é"
    };

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void checksAgreeWithBeanValidationOnEveryApiMethod() throws Exception {
        Random random = new Random(5);
        for (Class<?> resource : RESOURCES) {
            Method method = apiMethod(resource);
            Optional<List<Predicate<Object>>> checks = ParameterConstraints.compile(method, method, resource);
            assertThat(checks).as("%s is checked in plain code", method).isPresent();
            Object instance = resource.getConstructor(Dataset.class).newInstance(new Dataset(null, null, null, null));
            int valid = 0;
            int invalid = 0;
            for (int n = 0; n < 5_000; n++) {
                Object[] args = randomArguments(method, random);
                boolean passes = true;
                for (int i = 0; i < args.length; i++) {
                    passes &= checks.get().get(i).test(args[i]);
                }
                boolean beanValid = validator
                        .forExecutables()
                        .validateParameters(instance, method, args)
                        .isEmpty();
                assertThat(passes)
                        .as("%s with %s", method.getName(), Arrays.toString(args))
                        .isEqualTo(beanValid);
                if (passes) {
                    valid++;
                } else {
                    invalid++;
                }
            }
            assertThat(valid).as("valid cases for %s", resource).isGreaterThan(20);
            assertThat(invalid).as("invalid cases for %s", resource).isGreaterThan(50);
        }
    }

    private static Method apiMethod(Class<?> resource) {
        for (Method method : resource.getDeclaredMethods()) {
            if (method.getName().startsWith("list") && !method.isSynthetic()) {
                return method;
            }
        }
        throw new AssertionError("no list method in " + resource);
    }

    private static Object[] randomArguments(Method method, Random random) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = random.nextInt(8) == 0 ? null : randomValue(types[i], random);
        }
        return args;
    }

    private static Object randomValue(Class<?> type, Random random) {
        if (type == Integer.class) {
            int[] around = {
                -1,
                0,
                1,
                9,
                10,
                11,
                99,
                100,
                101,
                199,
                200,
                201,
                99_999,
                100_000,
                100_001,
                Integer.MAX_VALUE,
                Integer.MIN_VALUE
            };
            return around[random.nextInt(around.length)];
        }
        if (type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        return STRINGS[random.nextInt(STRINGS.length)];
    }
}
