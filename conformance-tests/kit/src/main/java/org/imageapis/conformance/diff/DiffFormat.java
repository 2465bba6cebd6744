package org.imageapis.conformance.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.imageapis.conformance.junit.JunitXml;

/**
 * How a {@link DiffReport} is written. {@code failOn} names the sides whose breaking changes count as failures
 * (the JUnit report's {@code <failure>}s and the markdown heading); the other formats show both sides anyway.
 */
public enum DiffFormat {

    /** One line per change: its impact on clients and servers, the operation, what changed, and its id. */
    TEXT {
        @Override
        public void write(DiffReport report, Set<Side> failOn, PrintWriter out) {
            out.println(report.oldName() + " -> " + report.newName());
            for (Change change : report.changes()) {
                out.printf(
                        "clients: %-10s servers: %-10s %s%n        id: %s%n",
                        change.clients().word(),
                        change.servers().word(),
                        where(change) + change.description(),
                        change.id());
            }
            out.println(report.summary());
            out.flush();
        }
    },

    /** A heading with the verdict and a table, for a pull-request comment. */
    MARKDOWN {
        @Override
        public void write(DiffReport report, Set<Side> failOn, PrintWriter out) {
            boolean failed = fails(report, failOn);
            out.println("### " + (failed ? "Breaking changes" : "No breaking changes") + ": `" + report.oldName()
                    + "` → `" + report.newName() + "`");
            out.println();
            out.println(report.summary() + ".");
            if (!report.changes().isEmpty()) {
                out.println();
                out.println("| Clients | Servers | Operation | Change | Id |");
                out.println("|---|---|---|---|---|");
                for (Change change : report.changes()) {
                    out.println("| " + mark(change.clients()) + " | " + mark(change.servers()) + " | "
                            + cell(change.operation()) + " | " + cell(location(change) + change.description())
                            + " | `" + cell(change.id()) + "` |");
                }
            }
            out.flush();
        }

        private String mark(Impact impact) {
            return impact == Impact.BREAKING ? "**breaking**" : "compatible";
        }

        private String cell(String text) {
            return text.replace("|", "\\|").replace("\n", " ");
        }

        private String location(Change change) {
            return change.location().isEmpty() ? "" : "`" + change.location() + "`: ";
        }
    },

    /**
     * {@code {"old", "new", "summary": {"changes", "breaking_for_clients", "breaking_for_servers"}, "changes":
     * [{"id", "rule", "operation", "location", "description", "clients", "servers"}]}}; impacts are
     * {@code breaking} or {@code compatible}, an API-wide change has an empty operation and location.
     */
    JSON {
        @Override
        public void write(DiffReport report, Set<Side> failOn, PrintWriter out) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("old", report.oldName());
            root.put("new", report.newName());
            ObjectNode summary = root.putObject("summary");
            summary.put("changes", report.changes().size());
            summary.put("breaking_for_clients", report.breaking(Side.CLIENTS).size());
            summary.put("breaking_for_servers", report.breaking(Side.SERVERS).size());
            ArrayNode changes = root.putArray("changes");
            for (Change change : report.changes()) {
                changes.addObject()
                        .put("id", change.id())
                        .put("rule", change.rule().id())
                        .put("operation", change.operation())
                        .put("location", change.location())
                        .put("description", change.description())
                        .put("clients", change.clients().word())
                        .put("servers", change.servers().word());
            }
            try {
                out.println(MAPPER.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
    },

    /**
     * One {@code <testsuite>}, a {@code <testcase>} per change (class name the operation, name the change's id), a
     * {@code <failure>} for each change that breaks a side in {@code failOn}.
     */
    JUNIT {
        @Override
        public void write(DiffReport report, Set<Side> failOn, PrintWriter out) {
            List<JunitXml.TestCase> cases = report.changes().stream()
                    .map(change -> testCase(change, failOn))
                    .toList();
            JunitXml.write(new JunitXml.Suite("spec-diff " + report.oldName() + " -> " + report.newName(), cases), out);
        }

        private JunitXml.TestCase testCase(Change change, Set<Side> failOn) {
            String className = change.operation().isEmpty() ? "api" : change.operation();
            String verdict = "clients: " + change.clients().word() + ", servers: "
                    + change.servers().word();
            if (breaksAny(change, failOn)) {
                return new JunitXml.TestCase(
                        className,
                        change.id(),
                        JunitXml.Outcome.FAILED,
                        change.description() + " (" + verdict + ")",
                        where(change) + change.description(),
                        null);
            }
            return new JunitXml.TestCase(
                    className,
                    change.id(),
                    JunitXml.Outcome.PASSED,
                    null,
                    null,
                    where(change) + change.description() + " (" + verdict + ")");
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes {@code report}; breaking changes for a side in {@code failOn} are failures.
     *
     * @param report the changes
     * @param failOn the sides whose breaking changes fail
     * @param out where the report goes
     */
    public abstract void write(DiffReport report, Set<Side> failOn, PrintWriter out);

    /**
     * Whether a change in {@code report} breaks a side in {@code failOn}.
     *
     * @param report the changes
     * @param failOn the sides whose breaking changes fail
     * @return whether the diff fails
     */
    public static boolean fails(DiffReport report, Set<Side> failOn) {
        return report.changes().stream().anyMatch(change -> breaksAny(change, failOn));
    }

    private static boolean breaksAny(Change change, Set<Side> failOn) {
        return failOn.stream().anyMatch(change::breaks);
    }

    private static String where(Change change) {
        String at = (change.operation() + " " + change.location()).strip();
        return at.isEmpty() ? "" : at + ": ";
    }
}
