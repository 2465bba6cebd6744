package org.imageapis.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One group's artifacts of one version in a Maven repository directory, as maven-deploy-plugin writes it: a release
 * as {@code a-1.0.jar}, a snapshot as {@code a-1.0-20261130.120000-1.jar} (a directory deployed to twice holds two).
 */
final class StagingRepository {

    private final Path groupDir;
    private final String version;
    private final Pattern fileVersion;

    StagingRepository(Path root, String groupId, String version) {
        this.groupDir = root.resolve(groupId.replace('.', '/'));
        this.version = version;
        String timestamped = version.endsWith("-SNAPSHOT")
                ? "|" + Pattern.quote(version.substring(0, version.length() - "-SNAPSHOT".length()))
                        + "-\\d{8}\\.\\d{6}-\\d+"
                : "";
        this.fileVersion = Pattern.compile("(?:" + Pattern.quote(version) + timestamped + ")(.*)");
    }

    /** The artifacts deployed in this version. */
    Set<String> artifactIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        if (Files.isDirectory(groupDir)) {
            try (Stream<Path> artifacts = Files.list(groupDir)) {
                artifacts
                        .filter(artifact -> Files.isDirectory(artifact.resolve(version)))
                        .forEach(artifact -> ids.add(artifact.getFileName().toString()));
            }
        }
        return ids;
    }

    /** The file kinds deployed for an artifact, named by what follows the version: ".pom", ".jar", "-sources.jar"… */
    Set<String> suffixes(String artifactId) throws IOException {
        Set<String> suffixes = new TreeSet<>();
        try (Stream<Path> files = Files.list(groupDir.resolve(artifactId).resolve(version))) {
            files.forEach(file -> suffix(artifactId, file).ifPresent(suffixes::add));
        }
        return suffixes;
    }

    /** The newest file of that kind (snapshot file names sort by their timestamp). */
    Optional<Path> file(String artifactId, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(groupDir.resolve(artifactId).resolve(version))) {
            return files.filter(file ->
                            suffix(artifactId, file).filter(suffix::equals).isPresent())
                    .max(Path::compareTo);
        }
    }

    private Optional<String> suffix(String artifactId, Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(artifactId + "-")) {
            return Optional.empty();
        }
        Matcher matcher = fileVersion.matcher(name.substring(artifactId.length() + 1));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String suffix = matcher.group(1);
        return suffix.endsWith(".pom") || suffix.endsWith(".jar") ? Optional.of(suffix) : Optional.empty();
    }
}
