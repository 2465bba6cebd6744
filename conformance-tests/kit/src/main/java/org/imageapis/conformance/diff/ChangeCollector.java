package org.imageapis.conformance.diff;

import static org.imageapis.conformance.diff.Impact.BREAKING;
import static org.imageapis.conformance.diff.Impact.COMPATIBLE;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's tree of what changed into a flat list of classified {@link Change}s.
 *
 * <p>openapi-diff judges compatibility for clients only, and not always as we would (a removed error status
 * breaks, an added success status does not), so the classification is ours. Its rule: a request is written by
 * clients and read by servers, a response the other way round. Whatever accepts fewer requests than before
 * (narrowed) breaks clients that sent what is now refused; whatever accepts more (widened) breaks servers that
 * do not handle the new requests. For responses it is the mirror image: widening breaks clients, which meet
 * answers they were not written for, and narrowing breaks servers, whose answers no longer conform. What is
 * removed breaks the side that relied on it; a change that both narrows and widens (a type, a pattern) breaks
 * both. Descriptions, examples and titles are not compared.
 */
final class ChangeCollector {

    /** Which way a message goes: it decides who a narrowing or widening breaks. */
    enum Direction {
        REQUEST,
        RESPONSE
    }

    private final Map<String, Change> changes = new LinkedHashMap<>();
    private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());
    private String operation = "";

    List<Change> collect(ChangedOpenApi diff) {
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            operation = endpoint.getMethod() + " " + endpoint.getPathUrl();
            add(
                    ChangeRule.OPERATION_REMOVED,
                    "",
                    "operation removed" + named(endpoint.getOperation()),
                    BREAKING,
                    COMPATIBLE);
        }
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            operation = endpoint.getMethod() + " " + endpoint.getPathUrl();
            add(
                    ChangeRule.OPERATION_ADDED,
                    "",
                    "operation added" + named(endpoint.getOperation()),
                    COMPATIBLE,
                    BREAKING);
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            operation(changed);
        }
        return List.copyOf(changes.values());
    }

    private void operation(ChangedOperation changed) {
        operation = changed.getHttpMethod() + " " + changed.getPathUrl();
        Operation before = changed.getOldOperation();
        Operation after = changed.getNewOperation();
        if (!Objects.equals(before.getOperationId(), after.getOperationId())) {
            add(
                    ChangeRule.OPERATION_ID_CHANGED,
                    "",
                    "operationId " + before.getOperationId() + " -> " + after.getOperationId()
                            + ": generated clients and server interfaces rename the method",
                    BREAKING,
                    BREAKING);
        }
        if (!Boolean.TRUE.equals(before.getDeprecated()) && Boolean.TRUE.equals(after.getDeprecated())) {
            add(ChangeRule.OPERATION_DEPRECATED, "", "operation deprecated", COMPATIBLE, COMPATIBLE);
        }
        security(changed.getSecurityRequirements());
        parameters(changed.getParameters());
        requestBody(changed.getRequestBody());
        responses(changed.getApiResponses());
    }

    private void security(ChangedSecurityRequirements security) {
        if (security == null) {
            return;
        }
        // The requirements are alternatives: one fewer accepts fewer requests, one more accepts more.
        if (!list(security.getMissing()).isEmpty()
                || !list(security.getChanged()).isEmpty()) {
            add(
                    ChangeRule.SECURITY_CHANGED,
                    "security",
                    "security requirements removed or changed",
                    BREAKING,
                    COMPATIBLE);
        }
        if (!list(security.getIncreased()).isEmpty()) {
            add(ChangeRule.SECURITY_CHANGED, "security", "security requirements added", COMPATIBLE, BREAKING);
        }
    }

    private void parameters(ChangedParameters parameters) {
        if (parameters == null) {
            return;
        }
        List<Parameter> added = new ArrayList<>(list(parameters.getIncreased()));
        for (Parameter removed : list(parameters.getMissing())) {
            Parameter moved = takeSameName(added, removed);
            if (moved != null) {
                add(
                        ChangeRule.PARAMETER_MOVED,
                        where(removed),
                        "parameter '" + removed.getName() + "' moved from " + removed.getIn() + " to " + moved.getIn(),
                        BREAKING,
                        BREAKING);
            } else {
                add(
                        ChangeRule.PARAMETER_REMOVED,
                        where(removed),
                        removed.getIn() + " parameter '" + removed.getName() + "' removed",
                        BREAKING,
                        COMPATIBLE);
            }
        }
        for (Parameter parameter : added) {
            boolean required = Boolean.TRUE.equals(parameter.getRequired());
            add(
                    ChangeRule.PARAMETER_ADDED,
                    where(parameter),
                    (required ? "required " : "optional ") + parameter.getIn() + " parameter '" + parameter.getName()
                            + "' added",
                    required ? BREAKING : COMPATIBLE,
                    BREAKING);
        }
        for (ChangedParameter changed : list(parameters.getChanged())) {
            Parameter parameter = changed.getNewParameter();
            String where = where(parameter);
            if (changed.isChangeRequired()) {
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    add(ChangeRule.PARAMETER_MADE_REQUIRED, where, "parameter made required", BREAKING, COMPATIBLE);
                } else {
                    add(ChangeRule.PARAMETER_MADE_OPTIONAL, where, "parameter made optional", COMPATIBLE, BREAKING);
                }
            }
            if (changed.isChangeStyle() || changed.isChangeExplode() || changed.isChangeAllowEmptyValue()) {
                add(
                        ChangeRule.PARAMETER_SERIALIZATION_CHANGED,
                        where,
                        "style, explode or allowEmptyValue changed",
                        BREAKING,
                        BREAKING);
            }
            schema(changed.getSchema(), Direction.REQUEST, where);
        }
    }

    /** Removes and returns the parameter of {@code added} with the name of {@code removed}, if any. */
    private static Parameter takeSameName(List<Parameter> added, Parameter removed) {
        for (Iterator<Parameter> it = added.iterator(); it.hasNext(); ) {
            Parameter candidate = it.next();
            if (candidate.getName().equalsIgnoreCase(removed.getName())) {
                it.remove();
                return candidate;
            }
        }
        return null;
    }

    private static String where(Parameter parameter) {
        return parameter.getIn() + ":" + parameter.getName();
    }

    private void requestBody(ChangedRequestBody body) {
        if (body == null) {
            return;
        }
        if (body.getOldRequestBody() == null) {
            boolean required = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
            add(
                    ChangeRule.REQUEST_BODY_ADDED,
                    "request:body",
                    (required ? "required" : "optional") + " request body added",
                    required ? BREAKING : COMPATIBLE,
                    BREAKING);
            return;
        }
        if (body.getNewRequestBody() == null) {
            add(ChangeRule.REQUEST_BODY_REMOVED, "request:body", "request body removed", BREAKING, COMPATIBLE);
            return;
        }
        if (body.isChangeRequired()) {
            if (Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
                add(
                        ChangeRule.REQUEST_BODY_MADE_REQUIRED,
                        "request:body",
                        "request body made required",
                        BREAKING,
                        COMPATIBLE);
            } else {
                add(
                        ChangeRule.REQUEST_BODY_MADE_OPTIONAL,
                        "request:body",
                        "request body made optional",
                        COMPATIBLE,
                        BREAKING);
            }
        }
        content(body.getContent(), Direction.REQUEST, "request:body");
    }

    private void content(ChangedContent content, Direction direction, String where) {
        if (content == null) {
            return;
        }
        for (String mediaType : map(content.getMissing()).keySet()) {
            // A client no longer gets the type it reads; a server sending it sends what is no longer documented.
            add(
                    ChangeRule.MEDIA_TYPE_REMOVED,
                    where + ":" + mediaType,
                    "media type " + mediaType + " removed",
                    BREAKING,
                    direction == Direction.REQUEST ? COMPATIBLE : BREAKING);
        }
        for (String mediaType : map(content.getIncreased()).keySet()) {
            // Responses are negotiated (Accept), so an added response type reaches only clients that ask for it.
            add(
                    ChangeRule.MEDIA_TYPE_ADDED,
                    where + ":" + mediaType,
                    "media type " + mediaType + " added",
                    COMPATIBLE,
                    direction == Direction.REQUEST ? BREAKING : COMPATIBLE);
        }
        map(content.getChanged()).values().forEach(changed -> schema(changed.getSchema(), direction, where));
    }

    private void responses(ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        for (String status : map(responses.getMissing()).keySet()) {
            // A client loses a success it handles; a server still sending the status answers undocumented.
            add(
                    ChangeRule.RESPONSE_STATUS_REMOVED,
                    "response:" + status,
                    "response status " + status + " removed",
                    isSuccess(status) ? BREAKING : COMPATIBLE,
                    BREAKING);
        }
        for (String status : map(responses.getIncreased()).keySet()) {
            // A new error is an error clients handle already; a new success is an answer they were not written for.
            add(
                    ChangeRule.RESPONSE_STATUS_ADDED,
                    "response:" + status,
                    "response status " + status + " added",
                    isSuccess(status) ? BREAKING : COMPATIBLE,
                    COMPATIBLE);
        }
        for (Map.Entry<String, ChangedResponse> entry :
                map(responses.getChanged()).entrySet()) {
            String where = "response:" + entry.getKey();
            headers(entry.getValue().getHeaders(), where);
            content(entry.getValue().getContent(), Direction.RESPONSE, where + ":body");
        }
    }

    private static boolean isSuccess(String status) {
        return status.startsWith("2");
    }

    private void headers(ChangedHeaders headers, String response) {
        if (headers == null) {
            return;
        }
        for (String name : map(headers.getMissing()).keySet()) {
            add(
                    ChangeRule.RESPONSE_HEADER_REMOVED,
                    response + ":header:" + name,
                    "response header " + name + " removed",
                    BREAKING,
                    COMPATIBLE);
        }
        for (Map.Entry<String, Header> entry : map(headers.getIncreased()).entrySet()) {
            boolean required = Boolean.TRUE.equals(entry.getValue().getRequired());
            add(
                    ChangeRule.RESPONSE_HEADER_ADDED,
                    response + ":header:" + entry.getKey(),
                    (required ? "required" : "optional") + " response header " + entry.getKey() + " added",
                    COMPATIBLE,
                    required ? BREAKING : COMPATIBLE);
        }
        for (Map.Entry<String, ChangedHeader> entry : map(headers.getChanged()).entrySet()) {
            String where = response + ":header:" + entry.getKey();
            ChangedHeader changed = entry.getValue();
            if (changed.isRequired()) {
                if (Boolean.TRUE.equals(changed.getNewHeader().getRequired())) {
                    add(
                            ChangeRule.RESPONSE_HEADER_MADE_REQUIRED,
                            where,
                            "response header made required",
                            COMPATIBLE,
                            BREAKING);
                } else {
                    add(
                            ChangeRule.RESPONSE_HEADER_MADE_OPTIONAL,
                            where,
                            "response header made optional",
                            BREAKING,
                            COMPATIBLE);
                }
            }
            schema(changed.getSchema(), Direction.RESPONSE, where);
        }
    }

    private void schema(ChangedSchema changed, Direction direction, String where) {
        if (changed == null || !walking.add(changed)) {
            return; // nothing, or a recursive schema already being walked on this path
        }
        try {
            walkSchema(changed, direction, where);
        } finally {
            walking.remove(changed);
        }
    }

    private void walkSchema(ChangedSchema changed, Direction direction, String where) {
        Schema<?> before = changed.getOldSchema();
        Schema<?> after = changed.getNewSchema();
        if (changed.isChangedType()) {
            add(ChangeRule.TYPE_CHANGED, where, "type " + typeOf(before) + " -> " + typeOf(after), BREAKING, BREAKING);
            return; // openapi-diff compares nothing else when the type differs
        }
        properties(changed, direction, where);
        enumeration(before, after, direction, where);
        limit(
                ChangeRule.MAX_LENGTH_CHANGED,
                "maxLength",
                before.getMaxLength(),
                after.getMaxLength(),
                true,
                direction,
                where);
        limit(
                ChangeRule.MIN_LENGTH_CHANGED,
                "minLength",
                before.getMinLength(),
                after.getMinLength(),
                false,
                direction,
                where);
        limit(
                ChangeRule.MAX_ITEMS_CHANGED,
                "maxItems",
                before.getMaxItems(),
                after.getMaxItems(),
                true,
                direction,
                where);
        limit(
                ChangeRule.MIN_ITEMS_CHANGED,
                "minItems",
                before.getMinItems(),
                after.getMinItems(),
                false,
                direction,
                where);
        bound(
                ChangeRule.MINIMUM_CHANGED,
                "minimum",
                before.getMinimum(),
                after.getMinimum(),
                before.getExclusiveMinimum(),
                after.getExclusiveMinimum(),
                false,
                direction,
                where);
        bound(
                ChangeRule.MAXIMUM_CHANGED,
                "maximum",
                before.getMaximum(),
                after.getMaximum(),
                before.getExclusiveMaximum(),
                after.getExclusiveMaximum(),
                true,
                direction,
                where);
        if (!Objects.equals(before.getPattern(), after.getPattern())) {
            pattern(before.getPattern(), after.getPattern(), direction, where);
        }
        if (Boolean.TRUE.equals(before.getNullable()) != Boolean.TRUE.equals(after.getNullable())) {
            boolean nowNullable = Boolean.TRUE.equals(after.getNullable());
            bounded(
                    ChangeRule.NULLABLE_CHANGED,
                    where,
                    nowNullable ? "null now allowed" : "null no longer allowed",
                    !nowNullable,
                    direction);
        }
        if (changed.isChangeDefault() && direction == Direction.REQUEST) {
            // What a server does when the client leaves the value out: both sides assumed the old default.
            add(
                    ChangeRule.DEFAULT_CHANGED,
                    where,
                    "default " + before.getDefault() + " -> " + after.getDefault(),
                    BREAKING,
                    BREAKING);
        }
        if (!Objects.equals(before.getMultipleOf(), after.getMultipleOf())
                || !Objects.equals(before.getUniqueItems(), after.getUniqueItems())
                || !Objects.equals(before.getMinProperties(), after.getMinProperties())
                || !Objects.equals(before.getMaxProperties(), after.getMaxProperties())) {
            add(
                    ChangeRule.CONSTRAINT_CHANGED,
                    where,
                    "multipleOf, uniqueItems, minProperties or maxProperties changed",
                    BREAKING,
                    BREAKING);
        }
        if (changed.getOneOfSchema() != null) {
            oneOf(changed, direction, where);
        }
        schema(changed.getItems(), direction, where + "[]");
        schema(changed.getAddProp(), direction, where + "{}");
    }

    private void properties(ChangedSchema changed, Direction direction, String where) {
        Set<String> removed = map(changed.getMissingProperties()).keySet();
        Set<String> added = map(changed.getIncreasedProperties()).keySet();
        List<String> requiredNow = required(changed.getNewSchema());
        for (String name : removed) {
            // A client loses a field it reads, or sends one no server reads any more.
            add(
                    ChangeRule.PROPERTY_REMOVED,
                    where + "." + name,
                    "property '" + name + "' removed",
                    BREAKING,
                    COMPATIBLE);
        }
        for (String name : added) {
            boolean required = requiredNow.contains(name);
            String text = (required ? "required" : "optional") + " property '" + name + "' added";
            if (direction == Direction.REQUEST) {
                add(ChangeRule.PROPERTY_ADDED, where + "." + name, text, required ? BREAKING : COMPATIBLE, BREAKING);
            } else {
                add(ChangeRule.PROPERTY_ADDED, where + "." + name, text, COMPATIBLE, required ? BREAKING : COMPATIBLE);
            }
        }
        if (changed.getRequired() != null) {
            for (String name : list(changed.getRequired().getIncreased())) {
                if (!added.contains(name)) {
                    bounded(
                            ChangeRule.PROPERTY_MADE_REQUIRED,
                            where + "." + name,
                            "property made required",
                            true,
                            direction);
                }
            }
            for (String name : list(changed.getRequired().getMissing())) {
                if (!removed.contains(name)) {
                    bounded(
                            ChangeRule.PROPERTY_MADE_OPTIONAL,
                            where + "." + name,
                            "property made optional",
                            false,
                            direction);
                }
            }
        }
        map(changed.getChangedProperties())
                .forEach((name, property) -> schema(property, direction, where + "." + name));
    }

    private static List<String> required(Schema<?> schema) {
        return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
    }

    private void enumeration(Schema<?> before, Schema<?> after, Direction direction, String where) {
        List<String> old = values(before.getEnum());
        List<String> now = values(after.getEnum());
        if (old.equals(now)) {
            return;
        }
        if (old.isEmpty()) {
            bounded(ChangeRule.ENUM_VALUES_REMOVED, where, "values restricted to " + now, true, direction);
        } else if (now.isEmpty()) {
            bounded(ChangeRule.ENUM_VALUES_ADDED, where, "enum " + old + " lifted", false, direction);
        } else {
            List<String> dropped = new ArrayList<>(old);
            dropped.removeAll(now);
            List<String> gained = new ArrayList<>(now);
            gained.removeAll(old);
            if (!dropped.isEmpty()) {
                bounded(ChangeRule.ENUM_VALUES_REMOVED, where, "enum values removed: " + dropped, true, direction);
            }
            if (!gained.isEmpty()) {
                bounded(ChangeRule.ENUM_VALUES_ADDED, where, "enum values added: " + gained, false, direction);
            }
        }
    }

    private static List<String> values(List<?> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    /** A length or count limit; {@code upper} for a maximum. */
    private void limit(
            ChangeRule rule,
            String keyword,
            Integer old,
            Integer now,
            boolean upper,
            Direction direction,
            String where) {
        if (Objects.equals(old, now)) {
            return;
        }
        boolean tightened;
        if (old == null || now == null) {
            tightened = old == null;
        } else {
            tightened = upper ? now < old : now > old;
        }
        bounded(rule, where, keyword + " " + describe(old) + " -> " + describe(now), tightened, direction);
    }

    private void bound(
            ChangeRule rule,
            String keyword,
            BigDecimal old,
            BigDecimal now,
            Boolean oldExclusive,
            Boolean newExclusive,
            boolean upper,
            Direction direction,
            String where) {
        boolean wasExclusive = Boolean.TRUE.equals(oldExclusive);
        boolean isExclusive = Boolean.TRUE.equals(newExclusive);
        int order = old == null || now == null ? 0 : now.compareTo(old);
        if (order == 0 && Objects.equals(old == null, now == null) && wasExclusive == isExclusive) {
            return;
        }
        boolean tightened;
        if (old == null || now == null) {
            tightened = old == null;
        } else if (order != 0) {
            tightened = upper ? order < 0 : order > 0;
        } else {
            tightened = isExclusive;
        }
        String text = keyword + " " + (wasExclusive ? "exclusive " : "") + describe(old) + " -> "
                + (isExclusive ? "exclusive " : "") + describe(now);
        bounded(rule, where, text, tightened, direction);
    }

    private void pattern(String old, String now, Direction direction, String where) {
        String text = "pattern " + describe(old) + " -> " + describe(now);
        if (old == null || now == null) {
            bounded(ChangeRule.PATTERN_CHANGED, where, text, old == null, direction);
        } else {
            add(ChangeRule.PATTERN_CHANGED, where, text, BREAKING, BREAKING);
        }
    }

    private void oneOf(ChangedSchema changed, Direction direction, String where) {
        var oneOf = changed.getOneOfSchema();
        if (!map(oneOf.getMissing()).isEmpty()) {
            bounded(
                    ChangeRule.ONE_OF_CHANGED,
                    where,
                    "oneOf alternatives removed: " + map(oneOf.getMissing()).keySet(),
                    true,
                    direction);
        }
        if (!map(oneOf.getIncreased()).isEmpty()) {
            bounded(
                    ChangeRule.ONE_OF_CHANGED,
                    where,
                    "oneOf alternatives added: " + map(oneOf.getIncreased()).keySet(),
                    false,
                    direction);
        }
        map(oneOf.getChanged())
                .forEach((name, alternative) -> schema(alternative, direction, where + "<" + name + ">"));
    }

    /**
     * A change that makes fewer values valid ({@code narrowed}) or more: narrowing a request breaks clients,
     * widening it breaks servers; for a response it is the other way round.
     */
    private void bounded(ChangeRule rule, String where, String text, boolean narrowed, Direction direction) {
        boolean breaksClients = narrowed == (direction == Direction.REQUEST);
        add(rule, where, text, breaksClients ? BREAKING : COMPATIBLE, breaksClients ? COMPATIBLE : BREAKING);
    }

    private void add(ChangeRule rule, String where, String text, Impact clients, Impact servers) {
        Change change = new Change(rule, operation, where, text, clients, servers);
        // Two changes of one id (the same schema under two media types, say) are one change to acknowledge.
        changes.merge(change.id(), change, ChangeCollector::worse);
    }

    private static Change worse(Change a, Change b) {
        return new Change(
                a.rule(),
                a.operation(),
                a.location(),
                a.description().equals(b.description()) ? a.description() : a.description() + "; " + b.description(),
                a.clients() == BREAKING || b.clients() == BREAKING ? BREAKING : COMPATIBLE,
                a.servers() == BREAKING || b.servers() == BREAKING ? BREAKING : COMPATIBLE);
    }

    /** openapi-diff leaves some of its lists and maps null when nothing is in them. */
    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "(none)";
        }
        String type = schema.getType() != null ? schema.getType() : String.valueOf(schema.getTypes());
        return schema.getFormat() == null ? type : type + "/" + schema.getFormat();
    }

    private static String named(Operation operation) {
        return operation == null || operation.getOperationId() == null ? "" : " (" + operation.getOperationId() + ")";
    }

    private static String describe(Object value) {
        return value == null ? "(none)" : String.valueOf(value);
    }
}
