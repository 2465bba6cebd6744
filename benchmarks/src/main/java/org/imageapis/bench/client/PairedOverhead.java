package org.imageapis.bench.client;

/**
 * The same comparison as {@link ClientOverheadBenchmark} as a paired harness ({@link PairedRounds}): rounds of
 * {@code CALLS} client calls and {@code CALLS} hand-written calls, in alternating order. Usage:
 * {@code java -Dsun.net.httpserver.nodelay=true -cp benchmarks.jar
 * org.imageapis.bench.client.PairedOverhead [repositories] [rounds]}.
 */
public final class PairedOverhead {

    private static final int CALLS = 200;

    private PairedOverhead() {}

    public static void main(String[] args) throws Exception {
        int repositories = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (LoopbackSwr swr = new LoopbackSwr(repositories)) {
            PairedRounds.Result result = PairedRounds.run(swr::viaClient, swr::handWritten, CALLS, rounds);
            System.out.printf("repositories=%d rounds=%d calls/round=%d%n", repositories, rounds, CALLS);
            System.out.printf("client       median %.1f us/call%n", result.firstMedian());
            System.out.printf("hand-written median %.1f us/call%n", result.secondMedian());
            System.out.printf(
                    "ratio client/hand-written: median %.3f (min %.3f, max %.3f)%n",
                    result.ratioMedian(), result.ratioMin(), result.ratioMax());
        }
    }
}
