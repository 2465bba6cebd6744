package org.imageapis.release.javaapi;

import japicmp.exception.JApiCmpException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build's Java API gate: compares each checked module's jar with the released baseline through japicmp and
 * fails on a binary- or source-incompatible change, unless the acknowledgements file lists it with a reason. An
 * acknowledgement that matches no incompatible change fails too: the file says exactly what the next release
 * breaks, and a release empties it (docs/releasing.md). The spec gate of the conformance kit holds the specs to the
 * same rule.
 *
 * <p>Arguments, each {@code --name=value}: {@code acknowledgements} (the file); {@code baseline-version} (empty until
 * the first release: the gate is skipped, and any acknowledgement is stale); {@code baseline-jars} (a directory
 * holding each module's released jar as {@code <artifactId>.jar}); {@code classpath-file} (one line of
 * path-separated jars: each module's new jar, {@code <artifactId>-<version>.jar}, and the dependencies); {@code
 * version} (the version being built); {@code module} and {@code internal} (a package that is not API), repeatable.
 *
 * <p>Exit status 0 when nothing unacknowledged is incompatible, 1 when something is or an acknowledgement is stale,
 * 2 when the input cannot be read or an acknowledgement lacks a field (its reason, say).
 */
public final class JavaApiGate {

    private static final String PREFIX = "java api gate: ";
    private static final Set<String> OPTIONS = Set.of(
            "acknowledgements", "baseline-version", "baseline-jars", "classpath-file", "version", "module", "internal");

    private JavaApiGate() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), new PrintWriter(System.out, true)));
    }

    /** Runs the gate and returns its exit status, writing one line per module and per problem to {@code out}. */
    static int run(List<String> args, PrintWriter out) {
        try {
            Map<String, List<String>> options = options(args);
            Path acknowledgementsFile = Path.of(single(options, "acknowledgements"));
            Acknowledgements acknowledgements = Acknowledgements.read(acknowledgementsFile);
            String baseline = single(options, "baseline-version");
            List<IncompatibleChange> changes = new ArrayList<>();
            if (baseline.isBlank()) {
                out.println(PREFIX + "skipped: no released baseline (japicmp.baseline.version is unset until the"
                        + " first release; docs/releasing.md)");
            } else {
                out.println(PREFIX + "the Java API against " + baseline);
                List<Path> classpath = classpath(Path.of(single(options, "classpath-file")));
                Path baselineJars = Path.of(single(options, "baseline-jars"));
                String version = single(options, "version");
                List<String> internal = options.getOrDefault("internal", List.of());
                for (String module : options.getOrDefault("module", List.of())) {
                    Path oldJar = existing(baselineJars.resolve(module + ".jar"));
                    Path newJar = newJar(classpath, module, version);
                    List<IncompatibleChange> found =
                            ApiComparison.incompatibleChanges(module, oldJar, newJar, classpath, internal);
                    out.println("  " + module + ": " + found.size() + " incompatible change(s)");
                    changes.addAll(found);
                }
            }
            return verdict(changes, acknowledgements, acknowledgementsFile, out);
        } catch (GateException e) {
            e.getMessage().lines().forEach(line -> out.println(PREFIX + line));
            return 2;
        } catch (JApiCmpException e) {
            out.println(PREFIX + "japicmp cannot compare: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            out.println(PREFIX + "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 2;
        } finally {
            out.flush();
        }
    }

    private static int verdict(
            List<IncompatibleChange> changes,
            Acknowledgements acknowledgements,
            Path acknowledgementsFile,
            PrintWriter out) {
        List<String> breaking = new ArrayList<>();
        List<Acknowledgements.Acknowledgement> unused = new ArrayList<>(acknowledgements.entries());
        for (IncompatibleChange change : changes) {
            String id = change.module() + ": " + change.element() + " " + change.type();
            unused.removeIf(entry -> entry.matches(change));
            if (acknowledgements.entries().stream().anyMatch(entry -> entry.matches(change))) {
                out.println("  acknowledged: " + id);
            } else {
                breaking.add("BREAKING " + id + " (" + change.kind() + "); acknowledge it in "
                        + acknowledgementsFile.getFileName() + " as - {module: " + change.module() + ", element: \""
                        + change.element() + "\", change: " + change.type() + ", reason: \"<why>\"}");
            }
        }
        List<String> stale = unused.stream()
                .map(entry -> "STALE " + entry.module() + ": " + entry.element() + " " + entry.change()
                        + " (acknowledged, but no such incompatible change: remove it from " + acknowledgementsFile
                        + ")")
                .toList();
        if (breaking.isEmpty() && stale.isEmpty()) {
            out.println(PREFIX + "no unacknowledged incompatible change");
            return 0;
        }
        breaking.forEach(out::println);
        stale.forEach(out::println);
        out.println(PREFIX + "failed: " + breaking.size() + " unacknowledged incompatible change(s), " + stale.size()
                + " stale acknowledgement(s).");
        if (!breaking.isEmpty()) {
            out.println(
                    PREFIX + "undo an incompatible change, or acknowledge it with its reason in " + acknowledgementsFile
                            + " as its line shows, and bump the minor version while it is 0.x (docs/releasing.md).");
        }
        return 1;
    }

    private static Map<String, List<String>> options(List<String> args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!OPTIONS.contains(name)) {
                throw new GateException("unknown argument " + arg + "; expected --name=value with a name of "
                        + OPTIONS.stream().sorted().toList());
            }
            options.computeIfAbsent(name, key -> new ArrayList<>()).add(arg.substring(equals + 1));
        }
        return options;
    }

    private static String single(Map<String, List<String>> options, String name) {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() != 1) {
            throw new GateException("expected --" + name + "= once, found it " + values.size() + " time(s)");
        }
        return values.get(0);
    }

    private static List<Path> classpath(Path file) {
        try {
            return Stream.of(Files.readString(existing(file)).strip().split(File.pathSeparator))
                    .filter(entry -> !entry.isEmpty())
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new GateException("cannot read the classpath file " + file + ": " + e.getMessage());
        }
    }

    /** The module's jar of the version being built, as the reactor or a repository names it. */
    private static Path newJar(List<Path> classpath, String module, String version) {
        String name = module + "-" + version + ".jar";
        return classpath.stream()
                .filter(entry -> entry.getFileName().toString().equals(name))
                .findFirst()
                .map(JavaApiGate::existing)
                .orElseThrow(() -> new GateException("the classpath file names no " + name));
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GateException("no file " + file);
        }
        return file;
    }
}
