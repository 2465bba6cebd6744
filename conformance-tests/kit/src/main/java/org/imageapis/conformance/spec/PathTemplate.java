package org.imageapis.conformance.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path template such as {@code /v5/{project_id}/image/{image_id}/basic-image}, matched against request paths. */
public final class PathTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> names;

    /** @param template the spec's path, such as {@code /v1/{project_id}/image-servers} */
    public PathTemplate(String template) {
        this.template = template;
        StringBuilder regex = new StringBuilder();
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            variables.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        this.pattern = Pattern.compile(regex.toString());
        this.names = List.copyOf(variables);
    }

    /** @return the template as the spec writes it */
    public String template() {
        return template;
    }

    /** @return the number of path variables: fewer means more specific when several templates match */
    public int variableCount() {
        return names.size();
    }

    /**
     * The raw (still percent-encoded) value of each path variable if {@code path} matches. A literal
     * {@code {name}} segment, as doc examples write them, matches like any other value.
     *
     * @param path the request path, without query
     * @return each variable's raw value, if the path matches
     */
    public Optional<Map<String, String>> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }

    /**
     * Whether a path value is a doc page's placeholder, such as {@code {project_id}}, rather than a value.
     *
     * @param value a path value
     * @return whether it is a placeholder
     */
    public static boolean isPlaceholder(String value) {
        return value.startsWith("{") && value.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
