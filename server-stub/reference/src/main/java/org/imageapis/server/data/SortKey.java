package org.imageapis.server.data;

import java.util.Comparator;
import java.util.function.Function;

/**
 * A field records are sorted by, ascending with absent values last: the order of the APIs' {@code sort_key} and
 * {@code order_column}. Descending is the reverse of that order (absent values first), with ties in dataset order.
 */
public record SortKey<R>(String name, Function<? super R, ? extends Comparable<?>> field) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Comparable> VALUES = Comparator.nullsLast(Comparator.naturalOrder());

    /**
     * A key on a field of the model object each record carries, such as an SWR record's repository.
     *
     * @param <R> the record type
     * @param <M> the model type
     * @param name the key's name, as the {@code sort_key} or {@code order_column} parameter says it
     * @param model reads the model from a record
     * @param field reads the sorted field from the model
     * @return the key
     */
    public static <R, M> SortKey<R> of(
            String name, Function<? super R, ? extends M> model, Function<? super M, ? extends Comparable<?>> field) {
        return new SortKey<>(name, record -> field.apply(model.apply(record)));
    }
}
