package org.imageapis.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A deployed POM as written, read for its own elements: nothing is inherited, only its own properties resolved. */
final class Pom {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** A managed dependency of a BOM. */
    record Managed(String groupId, String artifactId, String version, String classifier) {}

    private final Element project;
    private final Map<String, String> properties = new HashMap<>();

    private Pom(Element project) {
        this.project = project;
        Element props = child(project, "properties");
        if (props != null) {
            for (Element property : children(props)) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
    }

    static Pom read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return new Pom(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not a POM: " + e.getMessage(), e);
        }
    }

    /**
     * The text of the element at this path below {@code <project>}, with {@code ${property}} references to this POM's
     * own properties resolved; null when the element is absent or empty.
     */
    String value(String... path) {
        Element element = project;
        for (String name : path) {
            element = element == null ? null : child(element, name);
        }
        if (element == null || element.getTextContent().isBlank()) {
            return null;
        }
        return resolve(element.getTextContent().trim());
    }

    List<Managed> managedDependencies() {
        List<Managed> managed = new ArrayList<>();
        Element management = child(project, "dependencyManagement");
        Element dependencies = management == null ? null : child(management, "dependencies");
        if (dependencies != null) {
            for (Element dependency : children(dependencies)) {
                managed.add(new Managed(
                        text(dependency, "groupId"),
                        text(dependency, "artifactId"),
                        text(dependency, "version"),
                        text(dependency, "classifier")));
            }
        }
        return managed;
    }

    private String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : resolve(element.getTextContent().trim());
    }

    private String resolve(String text) {
        Matcher matcher = PROPERTY.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = properties.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(resolved).toString();
    }

    private static Element child(Element parent, String name) {
        for (Element element : children(parent)) {
            if (element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
