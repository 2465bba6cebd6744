package org.imageapis.client.generator;

import java.util.ArrayList;
import java.util.List;

/** Turns the specs' Markdown-ish descriptions into Javadoc text. */
final class Javadoc {

    private static final int WIDTH = 100;

    private Javadoc() {}

    /** Backtick spans become {@code {@code ...}}; HTML and comment terminators are escaped; whitespace is folded. */
    static String text(String markdown) {
        String[] parts = markdown.trim().replaceAll("\\s+", " ").split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            String part = parts[i];
            if (code && !part.contains("{") && !part.contains("}")) {
                out.append("{@code ").append(part.replace("*/", "*&#47;")).append('}');
            } else {
                String escaped = html(part);
                out.append(code ? "<code>" + escaped + "</code>" : escaped);
            }
        }
        return out.toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("*/", "*&#47;")
                .replace("{", "&#123;")
                .replace("}", "&#125;");
    }

    /**
     * A Javadoc comment with {@code paragraphs} (already Javadoc text), wrapped, at {@code indent}. A paragraph that
     * starts with {@code @} is a block tag; consecutive tags are not separated by a blank line.
     */
    static String comment(String indent, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        boolean lastWasTag = false;
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            boolean tagAfterTag = paragraph.startsWith("@") && lastWasTag;
            if (!lines.isEmpty() && !tagAfterTag) {
                lines.add("");
            }
            lastWasTag = paragraph.startsWith("@");
            wrap(
                    lines.isEmpty() || paragraph.startsWith("@") ? paragraph : "<p>" + paragraph,
                    WIDTH - indent.length() - 3,
                    lines);
        }
        if (lines.size() == 1 && lines.get(0).length() <= WIDTH - indent.length() - 7) {
            return indent + "/** " + lines.get(0) + " */\n";
        }
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String line : lines) {
            out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }

    private static void wrap(String text, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }
}
