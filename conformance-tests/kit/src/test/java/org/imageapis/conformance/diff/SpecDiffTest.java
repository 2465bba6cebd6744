package org.imageapis.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageapis.conformance.diff.SpecPair.CREATE_TAG;
import static org.imageapis.conformance.diff.SpecPair.ITEM;
import static org.imageapis.conformance.diff.SpecPair.LIST_ITEMS;
import static org.imageapis.conformance.diff.SpecPair.SCHEMAS;
import static org.imageapis.conformance.diff.SpecPair.array;
import static org.imageapis.conformance.diff.SpecPair.object;
import static org.imageapis.conformance.diff.SpecPair.yaml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each class of change, as a pair of specs (the fixture and the fixture with one edit), compared old to new and new
 * to old, with the classification expected for clients and for servers each way. An expectation reads
 * {@code "rule clients servers"}; a pair's changes, reduced to those triples, must be exactly the expected ones.
 */
class SpecDiffTest {

    private static final String LIMIT = LIST_ITEMS + "/parameters/1";
    private static final String ORDER = LIST_ITEMS + "/parameters/2";
    private static final String NAME = LIST_ITEMS + "/parameters/3";
    private static final String TRACE = LIST_ITEMS + "/parameters/4";
    private static final String ITEM_SCHEMA = SCHEMAS + "/Item";
    private static final String TAG_REQUEST = SCHEMAS + "/TagRequest";

    record Case(String name, Consumer<ObjectNode> edit, Set<String> forward, Set<String> backward) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, Consumer<ObjectNode> edit, Set<String> forward, Set<String> backward) {
        return new Case(name, edit, forward, backward);
    }

    static Stream<Case> cases() {
        return Stream.of(
                of(
                        "removed operation",
                        spec -> object(spec, ITEM).remove("delete"),
                        Set.of("operation-removed breaking compatible"),
                        Set.of("operation-added compatible breaking")),
                of(
                        "removed path",
                        spec -> object(spec, "/paths").remove("/v1/{project_id}/items/{item_id}"),
                        Set.of("operation-removed breaking compatible"),
                        Set.of("operation-added compatible breaking")),
                of(
                        "new required query parameter",
                        spec -> array(spec, LIST_ITEMS + "/parameters")
                                .add(yaml("{name: region, in: query, required: true, schema: {type: string}}")),
                        Set.of("parameter-added breaking breaking"),
                        Set.of("parameter-removed breaking compatible")),
                of(
                        "new optional query parameter",
                        spec -> array(spec, LIST_ITEMS + "/parameters")
                                .add(yaml("{name: region, in: query, schema: {type: string}}")),
                        Set.of("parameter-added compatible breaking"),
                        Set.of("parameter-removed breaking compatible")),
                of(
                        "parameter made required",
                        spec -> object(spec, LIMIT).put("required", true),
                        Set.of("parameter-made-required breaking compatible"),
                        Set.of("parameter-made-optional compatible breaking")),
                of(
                        "changed parameter location",
                        spec -> object(spec, TRACE).put("in", "query"),
                        Set.of("parameter-moved breaking breaking"),
                        Set.of("parameter-moved breaking breaking")),
                of(
                        "changed parameter type",
                        spec -> object(spec, LIMIT).set("schema", yaml("{type: string}")),
                        Set.of("type-changed breaking breaking"),
                        Set.of("type-changed breaking breaking")),
                of(
                        "changed parameter default",
                        spec -> object(spec, LIMIT + "/schema").put("default", 20),
                        Set.of("default-changed breaking breaking"),
                        Set.of("default-changed breaking breaking")),
                of(
                        "tightened maximum of a request parameter",
                        spec -> object(spec, LIMIT + "/schema").put("maximum", 50),
                        Set.of("maximum-changed breaking compatible"),
                        Set.of("maximum-changed compatible breaking")),
                of(
                        "changed pattern of a request parameter",
                        spec -> object(spec, NAME + "/schema").put("pattern", "^[a-z0-9]+$"),
                        Set.of("pattern-changed breaking breaking"),
                        Set.of("pattern-changed breaking breaking")),
                of(
                        "narrowed enum in a request parameter",
                        spec -> object(spec, ORDER + "/schema").set("enum", yaml("[asc]")),
                        Set.of("enum-values-removed breaking compatible"),
                        Set.of("enum-values-added compatible breaking")),
                of(
                        "narrowed enum in a request body",
                        spec -> object(spec, TAG_REQUEST + "/properties/color").set("enum", yaml("[red]")),
                        Set.of("enum-values-removed breaking compatible"),
                        Set.of("enum-values-added compatible breaking")),
                of(
                        "narrowed enum in a response",
                        spec -> object(spec, ITEM_SCHEMA + "/properties/status").set("enum", yaml("[active]")),
                        Set.of("enum-values-removed compatible breaking"),
                        Set.of("enum-values-added breaking compatible")),
                of(
                        "new required request body property",
                        spec -> {
                            object(spec, TAG_REQUEST + "/properties").set("scope", yaml("{type: string}"));
                            array(spec, TAG_REQUEST + "/required").add("scope");
                        },
                        Set.of("property-added breaking breaking"),
                        Set.of("property-removed breaking compatible")),
                of(
                        "new optional request body property",
                        spec -> object(spec, TAG_REQUEST + "/properties").set("note", yaml("{type: string}")),
                        Set.of("property-added compatible breaking"),
                        Set.of("property-removed breaking compatible")),
                of(
                        "request body property made required",
                        spec -> array(spec, TAG_REQUEST + "/required").add("color"),
                        Set.of("property-made-required breaking compatible"),
                        Set.of("property-made-optional compatible breaking")),
                of(
                        "request body made optional",
                        spec -> object(spec, CREATE_TAG + "/requestBody").put("required", false),
                        Set.of("request-body-made-optional compatible breaking"),
                        Set.of("request-body-made-required breaking compatible")),
                of(
                        "request media type added",
                        spec -> object(spec, CREATE_TAG + "/requestBody/content")
                                .set("application/x-www-form-urlencoded", yaml("{schema: {type: object}}")),
                        Set.of("media-type-added compatible breaking"),
                        Set.of("media-type-removed breaking compatible")),
                of(
                        "tightened maxLength in a request body",
                        spec -> object(spec, TAG_REQUEST + "/properties/name").put("maxLength", 16),
                        Set.of("max-length-changed breaking compatible"),
                        Set.of("max-length-changed compatible breaking")),
                of(
                        "removed response field",
                        spec -> object(spec, ITEM_SCHEMA + "/properties").remove("name"),
                        Set.of("property-removed breaking compatible"),
                        Set.of("property-added compatible compatible")),
                of(
                        "new required response field",
                        spec -> {
                            object(spec, ITEM_SCHEMA + "/properties").set("created", yaml("{type: string}"));
                            array(spec, ITEM_SCHEMA + "/required").add("created");
                        },
                        Set.of("property-added compatible breaking"),
                        Set.of("property-removed breaking compatible")),
                of(
                        "changed type of a response field",
                        spec -> object(spec, ITEM_SCHEMA + "/properties").set("size", yaml("{type: string}")),
                        Set.of("type-changed breaking breaking"),
                        Set.of("type-changed breaking breaking")),
                of(
                        "response field made nullable",
                        spec -> object(spec, ITEM_SCHEMA + "/properties/name").put("nullable", true),
                        Set.of("nullable-changed breaking compatible"),
                        Set.of("nullable-changed compatible breaking")),
                of(
                        "tightened minimum in a response",
                        spec -> object(spec, SCHEMAS + "/ItemList/properties/total")
                                .put("minimum", 1),
                        Set.of("minimum-changed compatible breaking"),
                        Set.of("minimum-changed breaking compatible")),
                of(
                        "oneOf alternative removed in a response",
                        spec -> array(spec, ITEM_SCHEMA + "/properties/owner/oneOf")
                                .remove(1),
                        Set.of("one-of-changed compatible breaking"),
                        Set.of("one-of-changed breaking compatible")),
                of(
                        "removed error status",
                        spec -> object(spec, LIST_ITEMS + "/responses").remove("400"),
                        Set.of("response-status-removed compatible breaking"),
                        Set.of("response-status-added compatible compatible")),
                of(
                        "success status changed",
                        spec -> {
                            ObjectNode responses = object(spec, ITEM + "/delete/responses");
                            responses.set("200", responses.remove("204"));
                        },
                        Set.of(
                                "response-status-removed breaking breaking",
                                "response-status-added breaking compatible"),
                        Set.of(
                                "response-status-removed breaking breaking",
                                "response-status-added breaking compatible")),
                of(
                        "removed response header",
                        spec -> object(spec, LIST_ITEMS + "/responses/200/headers")
                                .remove("X-Request-Id"),
                        Set.of("response-header-removed breaking compatible"),
                        Set.of("response-header-added compatible breaking")),
                of(
                        "another security scheme accepted",
                        spec -> {
                            object(spec, "/components/securitySchemes")
                                    .set("aksk", yaml("{type: apiKey, in: header, name: Authorization}"));
                            array(spec, "/security").add(yaml("{aksk: []}"));
                        },
                        Set.of("security-changed compatible breaking"),
                        Set.of("security-changed breaking compatible")),
                of(
                        "operation deprecated",
                        spec -> object(spec, LIST_ITEMS).put("deprecated", true),
                        Set.of("operation-deprecated compatible compatible"),
                        Set.of()),
                of(
                        "changed operationId",
                        spec -> object(spec, LIST_ITEMS).put("operationId", "listAllItems"),
                        Set.of("operation-id-changed breaking breaking"),
                        Set.of("operation-id-changed breaking breaking")),
                of(
                        "description only",
                        spec -> object(spec, LIST_ITEMS).put("description", "Lists the items, newest first."),
                        Set.of(),
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesEachClassOfChangeBothWays(Case pair) {
        ObjectNode before = SpecPair.base();
        ObjectNode after = SpecPair.edited(pair.edit());

        assertThat(triples(SpecPair.compare(before, after))).as("old -> new").isEqualTo(pair.forward());
        assertThat(triples(SpecPair.compare(after, before))).as("new -> old").isEqualTo(pair.backward());
    }

    @Test
    void identicalSpecsHaveNoChanges() {
        assertThat(SpecPair.compare(SpecPair.base(), SpecPair.base()).changes()).isEmpty();
    }

    @Test
    void aChangeIsNamedByRuleOperationAndLocation() {
        DiffReport report = SpecPair.compare(
                SpecPair.base(),
                SpecPair.edited(
                        spec -> object(spec, ITEM_SCHEMA + "/properties").remove("name")));

        assertThat(report.changes())
                .extracting(Change::id)
                .containsExactlyInAnyOrder(
                        "property-removed GET /v1/{project_id}/items response:200:body.items[].name",
                        "property-removed GET /v1/{project_id}/items/{item_id} response:200:body.name");
        assertThat(report.breaks(Side.CLIENTS)).isTrue();
        assertThat(report.breaks(Side.SERVERS)).isFalse();
    }

    @Test
    void aParameterChangeIsLocatedByWhereAndName() {
        DiffReport report = SpecPair.compare(
                SpecPair.base(),
                SpecPair.edited(spec -> object(spec, LIMIT + "/schema").put("maximum", 50)));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("maximum-changed GET /v1/{project_id}/items query:limit");
            assertThat(change.description()).isEqualTo("maximum 100 -> 50");
        });
    }

    private static Set<String> triples(DiffReport report) {
        return report.changes().stream()
                .map(change -> change.rule().id() + " " + change.clients().word() + " "
                        + change.servers().word())
                .collect(Collectors.toSet());
    }
}
