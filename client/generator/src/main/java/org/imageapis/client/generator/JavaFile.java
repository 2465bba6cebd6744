package org.imageapis.client.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** A Java source file being written: its imports, collected as the body names them, and its body. */
final class JavaFile {

    static final String GENERATED = "@Generated(\"" + ClientGenerator.class.getName() + "\")\n";

    private final String packageName;
    private final String className;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder();

    JavaFile(String packageName, String className) {
        this.packageName = packageName;
        this.className = className;
        imports.add("jakarta.annotation.Generated");
    }

    JavaFile imports(String qualifiedName) {
        imports.add(qualifiedName);
        return this;
    }

    JavaFile append(String text) {
        body.append(text);
        return this;
    }

    /** Appends each line with {@code indent} and a newline. */
    JavaFile lines(String indent, String... lines) {
        for (String line : lines) {
            body.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
        return this;
    }

    /**
     * {@code items} joined by ", " after {@code head} and before {@code tail}, one item per line at
     * {@code indent} when they do not fit on one line.
     */
    static String list(String head, List<String> items, String tail, String indent) {
        String oneLine = head + String.join(", ", items) + tail;
        if (oneLine.length() <= 110) {
            return oneLine;
        }
        return head + "\n" + indent + String.join(",\n" + indent, items) + tail;
    }

    void writeTo(Path sourceRoot) {
        StringBuilder source = new StringBuilder("package ").append(packageName).append(";\n\n");
        for (String qualifiedName : imports) {
            if (qualifiedName.substring(0, qualifiedName.lastIndexOf('.')).equals(packageName)) {
                continue;
            }
            source.append("import ").append(qualifiedName).append(";\n");
        }
        source.append('\n').append(body);
        Path file = sourceRoot.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
