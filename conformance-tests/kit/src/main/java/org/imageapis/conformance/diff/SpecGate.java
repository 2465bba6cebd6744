package org.imageapis.conformance.diff;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.specs.Specs;

/**
 * The build's breaking-change gate: compares each bundle of the specs jar with the newest released baseline
 * ({@code specs/released/<version>/<api>.yaml}) and fails on a change that breaks clients, unless the
 * acknowledgements file lists it with a reason. An acknowledgement that matches no change fails too: the file
 * says exactly what the next release breaks, and a release empties it (docs/releasing.md).
 *
 * <p>Usage: {@code SpecGate RELEASED_DIR [ACKNOWLEDGEMENTS]}, the latter {@code RELEASED_DIR/breaking-changes.yaml}
 * by default. Exit status 0 when nothing unacknowledged breaks, 1 when something does or an acknowledgement is
 * stale, 2 when the baseline or the acknowledgements cannot be read.
 */
public final class SpecGate {

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private SpecGate() {}

    /**
     * Runs the gate over this jar's bundles and exits with its status.
     *
     * @param args {@code RELEASED_DIR [ACKNOWLEDGEMENTS]}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        if (args.length < 1 || args.length > 2) {
            out.println("spec gate: usage: SpecGate RELEASED_DIR [ACKNOWLEDGEMENTS]");
            System.exit(2);
        }
        Path released = Path.of(args[0]).toAbsolutePath().normalize();
        Path acknowledgements = args.length > 1 ? Path.of(args[1]) : released.resolve("breaking-changes.yaml");
        Map<String, URL> bundles = new LinkedHashMap<>();
        for (Specs.Api api : Specs.Api.values()) {
            bundles.put(api.id(), Specs.bundle(api));
        }
        System.exit(run(released, acknowledgements, bundles, out));
    }

    /**
     * Runs the gate over {@code bundles} (API id to its bundle) and returns the exit status, writing one line per
     * API and per problem to {@code out}.
     *
     * @param releasedDir the baseline's directory, {@code specs/released/<version>}
     * @param acknowledgementsFile the acknowledgement file
     * @param bundles each API id with its bundle
     * @param out where the lines go
     * @return the exit status: 0, 1 or 2 as above
     */
    public static int run(Path releasedDir, Path acknowledgementsFile, Map<String, URL> bundles, PrintWriter out) {
        try {
            Path baseline = newestRelease(releasedDir);
            Acknowledgements acknowledgements = Acknowledgements.read(acknowledgementsFile);
            List<String> breaking = new ArrayList<>();
            List<String> stale = new ArrayList<>();
            List<Acknowledgements.Acknowledgement> unused = new ArrayList<>(acknowledgements.entries());
            out.println("spec gate: the bundles against " + baseline);
            for (String api : apis(baseline, bundles)) {
                DiffReport report = compare(api, baseline, bundles);
                out.println("  " + api + ": " + report.summary());
                for (Change change : report.changes()) {
                    String verdict = "clients " + change.clients().word() + ", servers "
                            + change.servers().word();
                    if (!change.breaks(Side.CLIENTS)) {
                        out.println("    " + verdict + ": " + change.id());
                        continue;
                    }
                    boolean acknowledged =
                            acknowledgements.entries().stream().anyMatch(entry -> entry.matches(api, change));
                    unused.removeIf(entry -> entry.matches(api, change));
                    if (acknowledged) {
                        out.println("    " + verdict + ", acknowledged: " + change.id());
                    } else {
                        out.println("    " + verdict + ": " + change.id());
                        breaking.add("BREAKING " + api + ": " + change.id() + " (" + change.description() + ")");
                    }
                }
            }
            for (Acknowledgements.Acknowledgement entry : unused) {
                stale.add("STALE " + entry.api() + ": " + entry.change()
                        + " (acknowledged, but no such breaking change: remove it from " + acknowledgementsFile + ")");
            }
            if (breaking.isEmpty() && stale.isEmpty()) {
                out.println("spec gate: no unacknowledged breaking change");
                return 0;
            }
            breaking.forEach(out::println);
            stale.forEach(out::println);
            out.println("spec gate: failed: " + breaking.size() + " unacknowledged breaking change(s), " + stale.size()
                    + " stale acknowledgement(s).");
            if (!breaking.isEmpty()) {
                out.println("spec gate: undo a breaking change, or acknowledge it in " + acknowledgementsFile
                        + " as '- {api: <api>, change: \"<its id>\", reason: <why>}' and bump the minor version while"
                        + " it is 0.x (docs/releasing.md).");
            }
            return 1;
        } catch (GateException | SpecLoadException e) {
            out.println("spec gate: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            out.println("spec gate: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 2;
        } finally {
            out.flush();
        }
    }

    /** The baseline's APIs and the bundles', each once, in name order. */
    private static TreeSet<String> apis(Path baseline, Map<String, URL> bundles) {
        TreeSet<String> apis = new TreeSet<>(bundles.keySet());
        try (Stream<Path> files = Files.list(baseline)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .forEach(apis::add);
        } catch (IOException e) {
            throw new GateException("cannot list " + baseline + ": " + e.getMessage());
        }
        return apis;
    }

    private static DiffReport compare(String api, Path baseline, Map<String, URL> bundles) {
        Path released = baseline.resolve(api + ".yaml");
        URL bundle = bundles.get(api);
        if (bundle == null) {
            return new DiffReport(
                    released.toString(),
                    "(no bundle)",
                    List.of(new Change(
                            ChangeRule.API_REMOVED,
                            "",
                            "",
                            "the API has no bundle any more",
                            Impact.BREAKING,
                            Impact.COMPATIBLE)));
        }
        if (!Files.isRegularFile(released)) {
            return new DiffReport(
                    "(not released)",
                    bundle.toString(),
                    List.of(new Change(
                            ChangeRule.API_ADDED,
                            "",
                            "",
                            "a new API, not in the baseline",
                            Impact.COMPATIBLE,
                            Impact.BREAKING)));
        }
        OpenAPI old = SpecDiff.read(released);
        return SpecDiff.compare(released.toString(), old, bundle.toString(), SpecDiff.read(bundle));
    }

    /** The folder of the highest version under {@code releasedDir}, versions compared number by number. */
    static Path newestRelease(Path releasedDir) {
        if (!Files.isDirectory(releasedDir)) {
            throw new GateException("no released baselines: " + releasedDir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(releasedDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> VERSION.matcher(dir.getFileName().toString()).matches())
                    .max(Comparator.comparing(SpecGate::versionKey, Arrays::compare))
                    .orElseThrow(() -> new GateException(
                            "no released baseline in " + releasedDir + ": expected a folder such as 0.1.0/"));
        } catch (IOException e) {
            throw new GateException("cannot list " + releasedDir + ": " + e.getMessage());
        }
    }

    private static int[] versionKey(Path dir) {
        return Stream.of(dir.getFileName().toString().split("\\."))
                .mapToInt(Integer::parseInt)
                .toArray();
    }
}
