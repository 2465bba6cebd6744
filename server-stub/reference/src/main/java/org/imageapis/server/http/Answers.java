package org.imageapis.server.http;

import java.util.function.Supplier;
import org.imageapis.server.data.BoundedCache;

/**
 * The answers a resource gave, by request, up to {@value #MAX_BYTES} bytes of JSON (a 32nd of the heap when that
 * is less, so that a small heap is not filled with answers): the dataset never changes, so the same request always
 * has the same answer, and giving it again costs a lookup instead of finding, paging and serializing.
 *
 * @param <K> the request, normalized: every parameter that changes the answer, defaults applied
 * @param <A> the answer, a model object that is also {@link Rendered}
 */
public final class Answers<K, A extends Rendered> {

    static final long MAX_BYTES = 16L << 20;

    private final BoundedCache<K, A> cache = new BoundedCache<>(
            Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 32), answer -> answer.json().length + 64L);

    /**
     * The answer to {@code request}: kept, or made (and rendered) by {@code answer}.
     *
     * @param request the request's parameters, which identify the answer
     * @param answer makes the answer when none is kept
     * @return the answer
     */
    public A get(K request, Supplier<? extends A> answer) {
        return cache.get(request, r -> answer.get());
    }
}
