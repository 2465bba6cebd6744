package org.imageapis.bench.client;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.swr.model.SharedRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's overhead: {@code client.swr().listSharedRepositories(...)} against the same call
 * written by hand (see {@link LoopbackSwr}). The target is {@code client <= 1.1 x handWritten}.
 * On a loaded machine prefer {@link PairedOverhead}, which alternates the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ClientOverheadBenchmark {

    /** Repositories on the page; 20 is a typical page, 1 shows the fixed cost per call. */
    @Param({"1", "20"})
    public int repositories;

    private LoopbackSwr swr;

    @Setup(Level.Trial)
    public void start() throws IOException {
        swr = new LoopbackSwr(repositories);
    }

    @TearDown(Level.Trial)
    public void stop() {
        swr.close();
    }

    @Benchmark
    public SharedRepositoriesPage client() {
        return swr.viaClient();
    }

    @Benchmark
    public List<SharedRepository> handWritten() throws IOException, InterruptedException {
        return swr.handWritten();
    }
}
