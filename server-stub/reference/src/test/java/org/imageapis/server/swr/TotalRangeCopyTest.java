package org.imageapis.server.swr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.imageapis.server.http.JacksonConfig;
import org.imageapis.server.swr.model.SharedRepository;
import org.junit.jupiter.api.Test;

/** SWR's answers copy each dataset record to set {@code total_range}: the copy drops no field, present or future. */
class TotalRangeCopyTest {

    @Test
    void copiesEveryFieldOfTheModelAndSetsOnlyTheTotal() throws IllegalAccessException {
        SharedRepository original = everyFieldSet();

        SharedRepository copy = SharedRepositoriesResource.withTotalRange(original, 42);

        assertThat(copy).isNotSameAs(original);
        assertThat(copy.getTotalRange()).isEqualTo(42);
        assertThat(original.getTotalRange()).as("the shared dataset record").isEqualTo(-1);
        assertThat(withoutTotal(copy)).isEqualTo(withoutTotal(original));
    }

    /** A repository with every field of the generated model set, so a field the copy leaves out shows. */
    private static SharedRepository everyFieldSet() throws IllegalAccessException {
        SharedRepository repository = new SharedRepository();
        List<Field> fields = Arrays.stream(SharedRepository.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .toList();
        for (Field field : fields) {
            field.setAccessible(true);
            field.set(repository, sample(field));
        }
        assertThat(JacksonConfig.mapper().valueToTree(repository).size())
                .as("every field of the model appears in the JSON")
                .isEqualTo(fields.size());
        return repository;
    }

    private static Object sample(Field field) {
        Class<?> type = field.getType();
        if (field.getName().equals("totalRange")) {
            return -1L;
        }
        if (type == String.class) {
            return "value of " + field.getName();
        }
        if (type == Long.class) {
            return (long) field.getName().length();
        }
        if (type == Integer.class) {
            return field.getName().length();
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == List.class) {
            return List.of("value of " + field.getName());
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError(
                "a sample value for the new field " + field.getName() + " of type " + type + " is missing here");
    }

    private static ObjectNode withoutTotal(SharedRepository repository) {
        ObjectNode json = JacksonConfig.mapper().valueToTree(repository);
        json.remove("total_range");
        return json;
    }
}
