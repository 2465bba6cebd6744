package org.imageapis.conformance.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imageapis.conformance.ConformanceValidator;
import org.imageapis.conformance.SpecLoadException;
import org.imageapis.conformance.spec.SpecDocument;
import org.imageapis.specs.Specs;
import org.junit.jupiter.api.Test;

class SemanticsReaderTest {

    private static OperationSemantics only(Specs.Api api) {
        List<OperationSemantics> operations =
                new SemanticsReader(ConformanceValidator.forApi(api).spec()).read();
        assertThat(operations).hasSize(1);
        return operations.get(0);
    }

    @Test
    void readsSwrsPagingFromTheHeaderAndTheRecords() {
        OperationSemantics swr = only(Specs.Api.SWR);

        assertThat(swr.paging())
                .contains(new Paging(
                        "offset",
                        "limit",
                        "",
                        Optional.empty(),
                        Optional.of("Content-Range"),
                        Optional.of("/total_range"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(swr.filter("name")).hasValueSatisfying(f -> {
            assertThat(f.match()).isEqualTo(Filter.Match.PARTIAL);
            assertThat(f.field()).contains("/name");
        });
        assertThat(swr.filter("filter").flatMap(Filter::combined)).contains(new Filter.Combined("|", "::"));
        assertThat(swr.sorts()).singleElement().satisfies(sort -> {
            assertThat(sort.directionParameter()).isEqualTo("order_type");
            assertThat(sort.fields()).containsEntry("tag_count", "/num_images").hasSize(6);
        });
        assertThat(swr.exampleRequests()).isEmpty();
    }

    @Test
    void readsModelArtsPageFieldsExactMatchSwitchAndExampleRequest() {
        OperationSemantics modelArts = only(Specs.Api.MODELARTS);

        assertThat(modelArts.paging()).hasValueSatisfying(paging -> {
            assertThat(paging.items()).isEqualTo("/data");
            assertThat(paging.total()).contains("/total");
            assertThat(paging.pageSize()).contains("/size");
            assertThat(paging.pageNumber()).contains("/current");
            assertThat(paging.pageCount()).contains("/pages");
        });
        assertThat(modelArts.filter("name").map(Filter::exactWhen)).contains(Map.of("name_fuzzy_match", "false"));
        assertThat(modelArts.filter("type").map(Filter::match)).contains(Filter.Match.SUBSET);
        assertThat(modelArts.filter("workspace_id")).as("a scope, not a filter").isEmpty();
        assertThat(modelArts.sorts())
                .singleElement()
                .satisfies(sort -> assertThat(sort.separator()).contains(","));
        assertThat(modelArts.exampleRequests())
                .containsExactly(new ExampleRequest(
                        "modelarts-page-001", "GET", "https://{endpoint}/v1/{project_id}/images/group"));
    }

    @Test
    void aFilterThatMatchesExactlyWithoutAFieldIsRefusedWithItsPointer() {
        SpecDocument spec = SpecDocument.parse(withExtension("x-filter: {match: exact}"), "inline");

        assertThatThrownBy(() -> new SemanticsReader(spec).read())
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("needs a field")
                .hasMessageContaining("/paths/~1items/get/parameters/0/x-filter");
    }

    @Test
    void anUnknownMatchAndAnIncompletePagingAreRefused() {
        assertThatThrownBy(() -> new SemanticsReader(
                                SpecDocument.parse(withExtension("x-filter: {match: fuzzy}"), "inline"))
                        .read())
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("unknown x-filter match");
        String paging = withExtension("x-sort: {direction: dir, fields: {}}");
        assertThatThrownBy(() -> new SemanticsReader(SpecDocument.parse(paging, "inline")).read())
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("at least one field");
    }

    /** A one-operation spec whose only parameter carries {@code extension}. */
    private static String withExtension(String extension) {
        return """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /items:
                    get:
                      parameters:
                        - name: q
                          in: query
                          %s
                          schema: {type: string}
                      responses:
                        '200': {description: ok}
                """.formatted(extension);
    }
}
