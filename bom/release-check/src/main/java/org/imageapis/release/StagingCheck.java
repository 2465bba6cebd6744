package org.imageapis.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks the staging directory the build deployed into: exactly the parent POM, the BOM and the modules the BOM
 * lists are there; each module with its POM, jar, sources jar, javadoc jar and the classified jars the BOM names;
 * each POM with what a public repository requires; and, in a release version, no placeholder left in the URL or the
 * SCM, and the version's own section in the changelog. Prints one line per problem and exits 1; exits 2 when a file
 * cannot be read.
 */
public final class StagingCheck {

    static final String PARENT = "image-apis";
    static final String BOM = "image-apis-bom";
    /** What the unset release.* properties of pom.xml and bom/pom.xml start with. */
    static final String PLACEHOLDER = "release-owner-sets:";

    private static final List<String> MODULE_FILES = List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar");
    private static final List<List<String>> PROJECT_METADATA = List.of(
            List.of("url"),
            List.of("licenses", "license", "name"),
            List.of("developers", "developer", "name"),
            List.of("scm", "url"),
            List.of("scm", "connection"),
            List.of("scm", "developerConnection"));

    private final StagingRepository staging;
    private final String groupId;
    private final String version;
    private final List<String> problems = new ArrayList<>();

    private StagingCheck(Path stagingDir, String groupId, String version) {
        this.staging = new StagingRepository(stagingDir, groupId, version);
        this.groupId = groupId;
        this.version = version;
    }

    /** Usage: {@code StagingCheck STAGING_DIR GROUP_ID VERSION CHANGELOG}. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: StagingCheck STAGING_DIR GROUP_ID VERSION CHANGELOG");
            System.exit(2);
        }
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(check(Path.of(args[0]), args[1], args[2]));
            problems.addAll(checkChangelog(Path.of(args[3]), args[2]));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("release check: cannot read " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("release check: " + problem));
            System.exit(1);
        }
        System.out.println("release check: " + args[0] + " holds every published artifact of " + args[2]
                + " with its POM, jar, sources and javadoc, and nothing else");
    }

    /** The problems of this staging directory, one readable line each; empty when it is ready to publish. */
    static List<String> check(Path stagingDir, String groupId, String version) throws IOException {
        StagingCheck check = new StagingCheck(stagingDir, groupId, version);
        check.run();
        return check.problems;
    }

    /**
     * A release version needs its own section in the changelog, as keep-a-changelog has it: the heading
     * {@code ## [X.Y.Z] - YYYY-MM-DD} besides {@code ## [Unreleased]}, and the link reference {@code [X.Y.Z]: …}.
     */
    static List<String> checkChangelog(Path changelog, String version) throws IOException {
        if (version.endsWith("-SNAPSHOT")) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(changelog);
        List<String> problems = new ArrayList<>();
        if (lines.stream().noneMatch(line -> line.equals("## [Unreleased]"))) {
            problems.add(changelog.getFileName() + " has no \"## [Unreleased]\" section");
        }
        if (lines.stream()
                .noneMatch(line -> line.matches(Pattern.quote("## [" + version + "] - ") + "\\d{4}-\\d{2}-\\d{2}"))) {
            problems.add(changelog.getFileName() + " has no section \"## [" + version + "] - YYYY-MM-DD\"");
        }
        if (lines.stream().noneMatch(line -> line.startsWith("[" + version + "]: "))) {
            problems.add(changelog.getFileName() + " has no link reference \"[" + version + "]: \"");
        }
        return problems;
    }

    private void run() throws IOException {
        Set<String> deployed = staging.artifactIds();
        if (deployed.isEmpty()) {
            problems.add("nothing of " + groupId + " " + version + " was deployed into the staging directory");
            return;
        }
        if (!deployed.contains(BOM) || !deployed.contains(PARENT)) {
            problems.add("the parent POM (" + PARENT + ") and the BOM (" + BOM + ") must both be deployed; found "
                    + deployed);
            return;
        }
        Optional<Pom> parent = pom(PARENT);
        Optional<Pom> bom = pom(BOM);
        if (parent.isEmpty() || bom.isEmpty()) {
            return;
        }
        Map<String, Set<String>> published = published(bom.get());

        for (String artifactId : deployed) {
            if (!artifactId.equals(PARENT) && !artifactId.equals(BOM) && !published.containsKey(artifactId)) {
                problems.add(artifactId + " is deployed but not in the BOM: list it in bom/pom.xml, or, if it is not"
                        + " published, set maven.deploy.skip, maven.source.skip and maven.javadoc.skip in its pom.xml");
            }
        }
        for (Map.Entry<String, Set<String>> module : published.entrySet()) {
            if (deployed.contains(module.getKey())) {
                checkModule(module.getKey(), module.getValue());
            } else {
                problems.add(module.getKey() + " is in the BOM but was not deployed");
            }
        }
        checkOnlyPom(PARENT);
        checkOnlyPom(BOM);
        checkProjectMetadata(parent.get(), bom.get());
    }

    /** The BOM's modules of this group, each with the classifiers it lists ("" for the main jar). */
    private Map<String, Set<String>> published(Pom bom) {
        Map<String, Set<String>> published = new TreeMap<>();
        for (Pom.Managed managed : bom.managedDependencies()) {
            String managedVersion = managed.version().replace("${project.version}", version);
            if (!managed.groupId().equals(groupId) || !managedVersion.equals(version)) {
                problems.add("the BOM lists " + managed.groupId() + ":" + managed.artifactId() + ":" + managed.version()
                        + ", which is not " + groupId + " at " + version);
                continue;
            }
            published
                    .computeIfAbsent(managed.artifactId(), id -> new TreeSet<>())
                    .add(managed.classifier());
        }
        return published;
    }

    private void checkModule(String artifactId, Set<String> classifiers) throws IOException {
        Set<String> suffixes = staging.suffixes(artifactId);
        List<String> required = new ArrayList<>(MODULE_FILES);
        classifiers.stream().filter(c -> !c.isEmpty()).forEach(c -> required.add("-" + c + ".jar"));
        List<String> missing =
                required.stream().filter(s -> !suffixes.contains(s)).toList();
        if (!missing.isEmpty()) {
            problems.add(artifactId + " was deployed without its " + String.join(", ", missing));
        }
        for (String legal : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
            checkJar(artifactId, ".jar", entry -> entry.getName().equals(legal), "no " + legal);
        }
        checkJar(artifactId, "-sources.jar", entry -> entry.getName().endsWith(".java"), "no .java file");
        checkJar(artifactId, "-javadoc.jar", entry -> entry.getName().equals("index.html"), "no index.html");
        Optional<Pom> pom = pom(artifactId);
        if (pom.isPresent()) {
            checkOwnNameAndDescription(artifactId, pom.get());
        }
    }

    private void checkOnlyPom(String artifactId) throws IOException {
        Set<String> suffixes = staging.suffixes(artifactId);
        if (!suffixes.equals(Set.of(".pom"))) {
            problems.add(artifactId + " must be deployed as a POM only, found " + suffixes);
        }
    }

    private void checkJar(String artifactId, String suffix, Predicate<ZipEntry> wanted, String lack)
            throws IOException {
        Optional<Path> jar = staging.file(artifactId, suffix);
        if (jar.isEmpty()) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.get().toFile())) {
            if (zip.stream().noneMatch(wanted)) {
                problems.add(artifactId + suffix + " has " + lack);
            }
        }
    }

    private void checkOwnNameAndDescription(String artifactId, Pom pom) {
        if (pom.value("name") == null || pom.value("description") == null) {
            problems.add(artifactId + "'s POM must have its own <name> and <description>");
        }
    }

    /**
     * The parent's project metadata (which every module inherits) and the BOM's (which has no parent) must both be
     * complete and the same; in a release version, the release owner must have replaced the placeholders.
     */
    private void checkProjectMetadata(Pom parent, Pom bom) {
        checkOwnNameAndDescription(PARENT, parent);
        checkOwnNameAndDescription(BOM, bom);
        for (List<String> path : PROJECT_METADATA) {
            String element = "<" + String.join("><", path) + ">";
            String parentValue = parent.value(path.toArray(String[]::new));
            String bomValue = bom.value(path.toArray(String[]::new));
            if (parentValue == null) {
                problems.add(PARENT + "'s POM (pom.xml) has no " + element);
            } else if (!Objects.equals(parentValue, bomValue)) {
                problems.add(BOM + "'s " + element + " is " + bomValue + ", but pom.xml's is " + parentValue
                        + ": bom/pom.xml repeats the parent's metadata");
            } else if (!version.endsWith("-SNAPSHOT") && parentValue.startsWith(PLACEHOLDER)) {
                problems.add(element + " is still the placeholder " + parentValue + " in " + version
                        + ": the release owner sets it in pom.xml and bom/pom.xml (docs/releasing.md)");
            }
        }
    }

    private Optional<Pom> pom(String artifactId) throws IOException {
        Optional<Path> file = staging.file(artifactId, ".pom");
        if (file.isEmpty()) {
            problems.add(artifactId + " was deployed without its .pom");
            return Optional.empty();
        }
        return Optional.of(Pom.read(file.get()));
    }
}
