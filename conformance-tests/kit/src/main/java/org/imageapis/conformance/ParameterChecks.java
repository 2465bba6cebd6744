package org.imageapis.conformance;

import java.util.List;
import org.imageapis.conformance.schema.ParameterCoercion;
import org.imageapis.conformance.schema.SchemaCatalog;

/** Checks the string values of a parameter or header: present if required, of the schema's type, then the schema. */
final class ParameterChecks {

    private final SchemaCatalog schemas;
    private final ParameterCoercion coercion;

    ParameterChecks(SchemaCatalog schemas, ParameterCoercion coercion) {
        this.schemas = schemas;
        this.coercion = coercion;
    }

    /**
     * Adds the violations of {@code values} (one per occurrence; none when absent) to {@code violations}.
     *
     * @param explode whether an array arrives as repeated values rather than one comma-separated value
     * @param pointer where to report, such as {@code /query/limit}
     */
    void check(
            String schemaPointer,
            boolean required,
            List<String> values,
            boolean explode,
            String pointer,
            List<Violation> violations) {
        if (values.isEmpty()) {
            if (required) {
                violations.add(Violation.error(Rule.REQUIRED, pointer, "a value", "missing"));
            }
            return;
        }
        ParameterCoercion.Result result = coercion.coerce(schemaPointer, values, explode, pointer);
        if (result instanceof ParameterCoercion.Value value) {
            violations.addAll(schemas.validate(schemaPointer, value.node(), pointer));
        } else if (result instanceof ParameterCoercion.Unparseable unparseable) {
            violations.add(unparseable.violation());
        }
    }
}
