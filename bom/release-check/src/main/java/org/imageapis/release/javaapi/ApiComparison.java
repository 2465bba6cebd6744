package org.imageapis.release.javaapi;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.filter.JavadocLikePackageFilter;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiField;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * japicmp's comparison of two versions of one module's jar, reduced to its binary- or source-incompatible changes.
 * It reads the same parts of japicmp's model as the japicmp Maven plugin's build break does: the classes, their
 * superclass and interfaces, constructors, methods (with their return types) and fields, public and protected. A
 * removed class is one change, {@code CLASS_REMOVED}, not one more for each of its members.
 */
final class ApiComparison {

    private ApiComparison() {}

    /**
     * The incompatible changes from {@code oldJar} to {@code newJar}, each once, in japicmp's (name) order.
     *
     * @param classpath the jars the module's classes need (supertypes outside the module); one classpath serves
     *     both versions, as in the japicmp Maven plugin
     * @param internalPackages packages that are not API, with their subpackages
     */
    static List<IncompatibleChange> incompatibleChanges(
            String module, Path oldJar, Path newJar, List<Path> classpath, List<String> internalPackages) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        classpath.forEach(entry -> options.getClassPathEntries().add(entry.toString()));
        internalPackages.forEach(
                pkg -> options.getFilters().getExcludes().add(new JavadocLikePackageFilter(pkg, false)));
        List<JApiClass> classes = new JarArchiveComparator(options)
                .compare(new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));

        Set<IncompatibleChange> changes = new LinkedHashSet<>();
        for (JApiClass type : classes) {
            String name = type.getFullyQualifiedName();
            add(changes, module, name, type.getCompatibilityChanges());
            if (type.getCompatibilityChanges().stream()
                    .anyMatch(change -> change.getType() == JApiCompatibilityChangeType.CLASS_REMOVED)) {
                continue; // its members, superclass and interfaces went with it: one change, one acknowledgement
            }
            add(changes, module, name, type.getSuperclass().getCompatibilityChanges());
            for (JApiImplementedInterface implemented : type.getInterfaces()) {
                add(
                        changes,
                        module,
                        name + " implements " + implemented.getFullyQualifiedName(),
                        implemented.getCompatibilityChanges());
            }
            for (JApiBehavior constructor : type.getConstructors()) {
                add(changes, module, member(name, constructor), constructor.getCompatibilityChanges());
            }
            for (JApiMethod method : type.getMethods()) {
                add(
                        changes,
                        module,
                        member(name, method),
                        Stream.concat(
                                        method.getCompatibilityChanges().stream(),
                                        method.getReturnType().getCompatibilityChanges().stream())
                                .toList());
            }
            for (JApiField field : type.getFields()) {
                add(changes, module, name + "#" + field.getName(), field.getCompatibilityChanges());
            }
        }
        return new ArrayList<>(changes);
    }

    /** {@code Type#name(param.Type,int)}: japicmp's (and javadoc's) notation of a method or constructor. */
    private static String member(String type, JApiBehavior behavior) {
        return type + "#" + behavior.getName()
                + behavior.getParameters().stream()
                        .map(JApiParameter::getType)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    private static void add(
            Set<IncompatibleChange> changes, String module, String element, List<JApiCompatibilityChange> found) {
        for (JApiCompatibilityChange change : found) {
            if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
                changes.add(new IncompatibleChange(
                        module,
                        element,
                        change.getType().name(),
                        !change.isBinaryCompatible(),
                        !change.isSourceCompatible()));
            }
        }
    }
}
