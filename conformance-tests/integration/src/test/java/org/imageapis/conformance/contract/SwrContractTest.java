package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.imageapis.client.swr.ListSharedRepositoriesRequest;
import org.imageapis.client.swr.SharedRepositoriesPage;
import org.imageapis.client.swr.model.SharedRepository;
import org.imageapis.client.swr.model.SharedRepositoryCenter;
import org.imageapis.client.swr.model.SharedRepositoryOrderColumn;
import org.imageapis.client.swr.model.SortOrder;
import org.imageapis.server.data.SwrRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code listSharedRepositories} through the client: every parameter alone and combined, with both credentials. */
class SwrContractTest extends ContractTestBase {

    private SharedRepositoriesPage list(Auth auth, ListSharedRepositoriesRequest.Builder request) {
        return client(auth).swr().listSharedRepositories(request.build());
    }

    private List<String> expectedNames(Predicate<SwrRecord> filter) {
        return dataset.swr().stream()
                .filter(filter)
                .map(r -> r.repository().getName())
                .toList();
    }

    private static List<String> names(SharedRepositoriesPage page) {
        return page.repositories().stream().map(SharedRepository::getName).toList();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void defaultsGiveAHundredRepositoriesAndTheTotalInContentRange(Auth auth) {
        SharedRepositoriesPage page = list(auth, ListSharedRepositoriesRequest.builder());

        assertThat(names(page))
                .containsExactlyElementsOf(expectedNames(r -> true).subList(0, 100));
        assertThat(page.contentRange()).hasValue("0-100/" + RECORDS);
        assertThat(page.total()).hasValue(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void limitAndOffsetSelectTheWindow(Auth auth) {
        List<String> all = expectedNames(r -> true);
        assertThat(names(list(auth, ListSharedRepositoriesRequest.builder().limit(1_000))))
                .containsExactlyElementsOf(all.subList(0, 1_000));
        assertThat(names(list(auth, ListSharedRepositoriesRequest.builder().offset(1_150))))
                .containsExactlyElementsOf(all.subList(1_150, RECORDS));
        SharedRepositoriesPage both =
                list(auth, ListSharedRepositoriesRequest.builder().limit(4).offset(30));
        assertThat(names(both)).containsExactlyElementsOf(all.subList(30, 34));
        assertThat(both.contentRange()).hasValue("30-4/" + RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void filtersMatchExactlyExceptNameWhichMatchesPart(Auth auth) {
        SharedRepositoriesPage self = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.SELF)
                        .limit(1_000));
        SharedRepositoriesPage byName =
                list(auth, ListSharedRepositoriesRequest.builder().name("repo-00099"));
        SharedRepositoriesPage byNamespace = list(
                auth,
                ListSharedRepositoriesRequest.builder().namespace("synthetic").limit(1));
        SharedRepositoriesPage otherNamespace =
                list(auth, ListSharedRepositoriesRequest.builder().namespace("synth"));
        SharedRepositoriesPage byDomain = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .domainName("synthetic-domain")
                        .limit(1));
        SharedRepositoriesPage active = list(
                auth, ListSharedRepositoriesRequest.builder().status("true").limit(1));
        SharedRepositoriesPage inactive =
                list(auth, ListSharedRepositoriesRequest.builder().status("false"));

        assertThat(names(self))
                .containsExactlyElementsOf(
                        expectedNames(r -> r.center().toString().equals("self")));
        assertThat(names(byName))
                .isNotEmpty()
                .containsExactlyElementsOf(
                        expectedNames(r -> r.repository().getName().contains("repo-00099")));
        assertThat(byNamespace.total()).hasValue(RECORDS);
        assertThat(otherNamespace.total()).hasValue(0);
        assertThat(byDomain.total()).hasValue(RECORDS);
        assertThat(active.total())
                .hasValue(expectedNames(r -> Boolean.TRUE.equals(r.repository().getStatus()))
                        .size());
        assertThat(inactive.total())
                .hasValue(expectedNames(r -> Boolean.FALSE.equals(r.repository().getStatus()))
                        .size());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void orderColumnAndOrderTypeSortTheRepositories(Auth auth) {
        SharedRepositoriesPage byNameAsc = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .orderColumn(SharedRepositoryOrderColumn.NAME)
                        .orderType(SortOrder.ASC)
                        .limit(20));
        SharedRepositoriesPage byUpdatedDesc = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .orderColumn(SharedRepositoryOrderColumn.UPDATED_AT)
                        .limit(20));
        SharedRepositoriesPage byTagCount = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .orderColumn(SharedRepositoryOrderColumn.TAG_COUNT)
                        .orderType(SortOrder.DESC)
                        .limit(20));

        List<SwrRecord> records = dataset.swr();
        assertThat(names(byNameAsc))
                .containsExactlyElementsOf(records.stream()
                        .map(r -> r.repository().getName())
                        .sorted()
                        .limit(20)
                        .toList());
        assertThat(names(byUpdatedDesc))
                .containsExactlyElementsOf(records.stream()
                        .sorted(Comparator.comparing(
                                        (SwrRecord r) -> r.repository().getUpdatedAt())
                                .reversed())
                        .limit(20)
                        .map(r -> r.repository().getName())
                        .toList());
        assertThat(byTagCount.repositories())
                .extracting(SharedRepository::getNumImages)
                .containsExactlyElementsOf(records.stream()
                        .map(r -> r.repository().getNumImages())
                        .sorted(Comparator.reverseOrder())
                        .limit(20)
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void filterCarriesTheSameKeysAndWinsOverTheSeparateParameters(Auth auth) {
        SharedRepositoriesPage page = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.SELF)
                        .limit(500)
                        .filter("center::thirdparty|name::repo-0001|limit::5|offset::2"));

        List<String> expected = expectedNames(r -> r.center().toString().equals("thirdparty")
                && r.repository().getName().contains("repo-0001"));
        assertThat(names(page)).containsExactlyElementsOf(expected.subList(2, 7));
        assertThat(page.total()).hasValue(expected.size());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void everyParameterCombined(Auth auth) {
        SharedRepositoriesPage page = list(
                auth,
                ListSharedRepositoriesRequest.builder()
                        .center(SharedRepositoryCenter.THIRDPARTY)
                        .namespace("synthetic")
                        .name("repo-000")
                        .domainName("synthetic-domain")
                        .status("true")
                        .orderColumn(SharedRepositoryOrderColumn.NAME)
                        .orderType(SortOrder.DESC)
                        .limit(6)
                        .offset(3));

        List<String> expected = dataset.swr().stream()
                .filter(r -> r.center().toString().equals("thirdparty"))
                .map(r -> r.repository().getName())
                .filter(n -> n.contains("repo-000"))
                .sorted(Comparator.reverseOrder())
                .toList();
        assertThat(names(page)).containsExactlyElementsOf(expected.subList(3, 9));
        assertThat(page.total()).hasValue(expected.size());
        assertThat(page.contentRange()).hasValue("3-6/" + expected.size());
    }
}
