package org.imageapis.bench.client;

import java.util.Arrays;

/**
 * Paired rounds: each round times {@code calls} sequential calls of one side and then of the other, in
 * alternating order, so both sides meet the same background load on a shared machine; the result is each
 * side's median round and the median of the per-round ratios.
 */
final class PairedRounds {

    private static final int WARM_UP_ROUNDS = 10;

    /** One call of a side; its result must not be null (so that the JIT cannot drop the call). */
    @FunctionalInterface
    interface Call {
        Object call() throws Exception;
    }

    /** Medians in microseconds per call; the ratios are first / second. */
    record Result(double firstMedian, double secondMedian, double ratioMedian, double ratioMin, double ratioMax) {}

    private PairedRounds() {}

    static Result run(Call first, Call second, int calls, int rounds) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            time(first, calls);
            time(second, calls);
        }
        double[] firsts = new double[rounds];
        double[] seconds = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean firstFirst = round % 2 == 0;
            double a = time(firstFirst ? first : second, calls);
            double b = time(firstFirst ? second : first, calls);
            firsts[round] = firstFirst ? a : b;
            seconds[round] = firstFirst ? b : a;
            ratios[round] = firsts[round] / seconds[round];
        }
        return new Result(
                median(firsts),
                median(seconds),
                median(ratios),
                Arrays.stream(ratios).min().orElseThrow(),
                Arrays.stream(ratios).max().orElseThrow());
    }

    /** Microseconds per call over {@code calls} calls of one side. */
    private static double time(Call side, int calls) throws Exception {
        long start = System.nanoTime();
        for (int call = 0; call < calls; call++) {
            if (side.call() == null) {
                throw new IllegalStateException("no result");
            }
        }
        return (System.nanoTime() - start) / 1_000.0 / calls;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
