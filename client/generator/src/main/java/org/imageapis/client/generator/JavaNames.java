package org.imageapis.client.generator;

import java.util.Locale;
import java.util.Set;

/** Java names for spec names, spelled as openapi-generator spells the models' getters. */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "record",
            "var",
            "yield");

    private JavaNames() {}

    /** {@code name_fuzzy_match}, {@code Content-Range} -> {@code nameFuzzyMatch}, {@code contentRange}. */
    static String camel(String name) {
        String pascal = pascal(name);
        String camel = pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? "_" + camel : camel;
    }

    /** {@code data_list}, {@code listImageGroups} -> {@code DataList}, {@code ListImageGroups}. */
    static String pascal(String name) {
        StringBuilder result = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        if (result.isEmpty() || !Character.isJavaIdentifierStart(result.charAt(0))) {
            throw new GeneratorException("no Java name for '" + name + "'");
        }
        return result.toString();
    }

    /** The generated model's getter of a property: {@code total_num} -> {@code getTotalNum}. */
    static String getter(String property) {
        return "get" + pascal(property);
    }

    /** {@code LIST_IMAGE_GROUPS} for {@code listImageGroups}. */
    static String constant(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** A Java string literal. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
