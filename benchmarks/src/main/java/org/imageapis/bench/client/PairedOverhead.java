package org.imageapis.bench.client;

import java.util.Arrays;

/**
 * The same comparison as {@link ClientOverheadBenchmark} as a paired harness: rounds of
 * {@code CALLS} client calls and {@code CALLS} hand-written calls, in alternating order, so both
 * sides meet the same background load; prints each side's median round and the median of the
 * per-round ratios. Usage: {@code java -Dsun.net.httpserver.nodelay=true -cp benchmarks.jar
 * org.imageapis.bench.client.PairedOverhead [repositories] [rounds]}.
 */
public final class PairedOverhead {

    private static final int CALLS = 200;

    private PairedOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int repositories = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (LoopbackSwr swr = new LoopbackSwr(repositories)) {
            for (int warmup = 0; warmup < 10; warmup++) {
                time(swr, true);
                time(swr, false);
            }
            double[] client = new double[rounds];
            double[] handWritten = new double[rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                boolean clientFirst = round % 2 == 0;
                double first = time(swr, clientFirst);
                double second = time(swr, !clientFirst);
                client[round] = clientFirst ? first : second;
                handWritten[round] = clientFirst ? second : first;
                ratios[round] = client[round] / handWritten[round];
            }
            System.out.printf("repositories=%d rounds=%d calls/round=%d%n", repositories, rounds, CALLS);
            System.out.printf("client       median %.1f us/call%n", median(client));
            System.out.printf("hand-written median %.1f us/call%n", median(handWritten));
            System.out.printf("ratio client/hand-written: median %.3f (min %.3f, max %.3f)%n", median(ratios),
                    Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow());
        }
    }

    /** Microseconds per call over {@code CALLS} calls of one side. */
    private static double time(LoopbackSwr swr, boolean client) throws Exception {
        long start = System.nanoTime();
        for (int call = 0; call < CALLS; call++) {
            Object result = client ? swr.viaClient() : swr.handWritten();
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        return (System.nanoTime() - start) / 1_000.0 / CALLS;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
