package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.imageapis.client.modelarts.ListImageGroupsRequest;
import org.imageapis.client.modelarts.model.ImageGroup;
import org.imageapis.client.modelarts.model.ImageGroupPage;
import org.imageapis.client.modelarts.model.ImageGroupType;
import org.imageapis.client.modelarts.model.ImageServiceType;
import org.imageapis.client.modelarts.model.SortDirection;
import org.imageapis.server.data.ModelArtsRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code listImageGroups} through the client: every parameter alone and combined, with both credentials. */
class ModelArtsContractTest extends ContractTestBase {

    private ImageGroupPage list(Auth auth, ListImageGroupsRequest.Builder request) {
        return client(auth).modelArts().listImageGroups(request.build());
    }

    private List<String> expectedNames(Predicate<ModelArtsRecord> filter) {
        return dataset.modelarts().stream()
                .filter(filter)
                .map(r -> r.group().getName())
                .toList();
    }

    private static List<String> names(ImageGroupPage page) {
        return page.getData().stream().map(ImageGroup::getName).toList();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void defaultsGiveTheFirstPageOfTwoHundredInDatasetOrder(Auth auth) {
        ImageGroupPage page = list(auth, ListImageGroupsRequest.builder());

        List<String> all = expectedNames(r -> true);
        assertThat(names(page)).containsExactlyElementsOf(all.subList(0, 200));
        assertThat(page.getTotal()).isEqualTo(RECORDS);
        assertThat(page.getSize()).isEqualTo(200);
        assertThat(page.getCurrent()).isEqualTo(1);
        assertThat(page.getPages()).isEqualTo((RECORDS + 199) / 200);
        assertThat(page.getIsSwrEnterprise()).isNotEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void limitAndOffsetSelectTheWindowAndThePageNumbers(Auth auth) {
        ImageGroupPage limited = list(auth, ListImageGroupsRequest.builder().limit(7));
        ImageGroupPage offset = list(auth, ListImageGroupsRequest.builder().offset(1_190));
        ImageGroupPage both =
                list(auth, ListImageGroupsRequest.builder().limit(7).offset(20));

        List<String> all = expectedNames(r -> true);
        assertThat(names(limited)).containsExactlyElementsOf(all.subList(0, 7));
        assertThat(names(offset)).containsExactlyElementsOf(all.subList(1_190, RECORDS));
        assertThat(names(both)).containsExactlyElementsOf(all.subList(20, 27));
        assertThat(both.getCurrent()).isEqualTo(20 / 7 + 1);
        assertThat(both.getPages()).isEqualTo((RECORDS + 6) / 7);
        assertThat(both.getSize()).isEqualTo(7);
        assertThat(both.getTotal()).isEqualTo(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void nameMatchesPartOfTheNameUnlessFuzzyMatchingIsOff(Auth auth) {
        String part = "image-0004";
        String exact = dataset.modelarts().get(42).group().getName();
        ImageGroupPage fuzzy =
                list(auth, ListImageGroupsRequest.builder().name(part).limit(1_000));
        ImageGroupPage explicitFuzzy = list(
                auth,
                ListImageGroupsRequest.builder().name(part).nameFuzzyMatch(true).limit(1_000));
        ImageGroupPage exactHit =
                list(auth, ListImageGroupsRequest.builder().name(exact).nameFuzzyMatch(false));
        ImageGroupPage exactMiss =
                list(auth, ListImageGroupsRequest.builder().name(part).nameFuzzyMatch(false));

        List<String> containing = expectedNames(r -> r.group().getName().contains(part));
        assertThat(containing).isNotEmpty();
        assertThat(names(fuzzy)).containsExactlyElementsOf(containing);
        assertThat(names(explicitFuzzy)).containsExactlyElementsOf(containing);
        assertThat(names(exactHit)).containsExactly(exact);
        assertThat(exactMiss.getTotal()).isZero();
        assertThat(exactMiss.getData()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void exactFiltersSelectTheMatchingGroups(Auth auth) {
        ImageGroupPage byNamespace = list(
                auth,
                ListImageGroupsRequest.builder().namespace("synthetic-ns-3").limit(1_000));
        ImageGroupPage byType = list(
                auth,
                ListImageGroupsRequest.builder().type(ImageGroupType.DEDICATED).limit(1_000));
        ImageGroupPage byServiceType = list(
                auth,
                ListImageGroupsRequest.builder()
                        .serviceType(ImageServiceType.INFERENCE)
                        .limit(1_000));
        ImageGroupPage defaultWorkspace =
                list(auth, ListImageGroupsRequest.builder().workspaceId("0").limit(1));
        ImageGroupPage otherWorkspace =
                list(auth, ListImageGroupsRequest.builder().workspaceId("ws-1"));
        ImageGroupPage swrInstance = list(auth, ListImageGroupsRequest.builder().swrInstanceId("instance-1"));

        assertThat(names(byNamespace))
                .containsExactlyElementsOf(
                        expectedNames(r -> "synthetic-ns-3".equals(r.group().getNamespace())));
        assertThat(names(byType))
                .containsExactlyElementsOf(
                        expectedNames(r -> r.type().toString().equals("DEDICATED")));
        assertThat(names(byServiceType))
                .containsExactlyElementsOf(
                        expectedNames(r -> r.serviceType().toString().equals("INFERENCE")));
        assertThat(byNamespace.getTotal())
                .isEqualTo(expectedNames(r -> "synthetic-ns-3".equals(r.group().getNamespace()))
                        .size());
        assertThat(defaultWorkspace.getTotal()).isEqualTo(RECORDS);
        assertThat(otherWorkspace.getTotal()).isZero();
        assertThat(swrInstance.getTotal()).isZero();
        assertThat(swrInstance.getIsSwrEnterprise()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void sortKeyAndDirectionOrderTheGroups(Auth auth) {
        ImageGroupPage descByDefault =
                list(auth, ListImageGroupsRequest.builder().sortKey("create_at").limit(50));
        ImageGroupPage ascending = list(
                auth,
                ListImageGroupsRequest.builder()
                        .sortKey("name")
                        .sortDir(SortDirection.ASC)
                        .limit(50));
        ImageGroupPage twoKeys = list(
                auth,
                ListImageGroupsRequest.builder()
                        .sortKey("version_count,name")
                        .sortDir(SortDirection.ASC)
                        .limit(50));
        ImageGroupPage directionAlone = list(
                auth,
                ListImageGroupsRequest.builder().sortDir(SortDirection.ASC).limit(50));

        List<ModelArtsRecord> records = dataset.modelarts();
        assertThat(names(descByDefault))
                .containsExactlyElementsOf(records.stream()
                        .sorted(Comparator.comparing(
                                        (ModelArtsRecord r) -> r.group().getCreateAt())
                                .reversed())
                        .limit(50)
                        .map(r -> r.group().getName())
                        .toList());
        assertThat(names(ascending))
                .containsExactlyElementsOf(records.stream()
                        .map(r -> r.group().getName())
                        .sorted()
                        .limit(50)
                        .toList());
        assertThat(names(twoKeys))
                .containsExactlyElementsOf(records.stream()
                        .sorted(Comparator.comparing(
                                        (ModelArtsRecord r) -> r.group().getVersionCount())
                                .thenComparing(r -> r.group().getName()))
                        .limit(50)
                        .map(r -> r.group().getName())
                        .toList());
        assertThat(names(directionAlone))
                .containsExactlyElementsOf(expectedNames(r -> true).subList(0, 50));
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void everyParameterCombined(Auth auth) {
        ImageGroupPage page = list(
                auth,
                ListImageGroupsRequest.builder()
                        .name("image-00")
                        .nameFuzzyMatch(true)
                        .namespace("synthetic-ns-0")
                        .type(ImageGroupType.DEDICATED)
                        .serviceType(ImageServiceType.COMMON)
                        .workspaceId("0")
                        .sortKey("update_at")
                        .sortDir(SortDirection.ASC)
                        .limit(3)
                        .offset(2));

        List<ModelArtsRecord> matching = dataset.modelarts().stream()
                .filter(r -> r.group().getName().contains("image-00"))
                .filter(r -> "synthetic-ns-0".equals(r.group().getNamespace()))
                .filter(r -> r.type().toString().equals("DEDICATED"))
                .filter(r -> r.serviceType().toString().equals("COMMON"))
                .sorted(Comparator.comparing(r -> r.group().getUpdateAt()))
                .toList();
        assertThat(matching).hasSizeGreaterThan(5);
        assertThat(names(page))
                .containsExactlyElementsOf(matching.subList(2, 5).stream()
                        .map(r -> r.group().getName())
                        .toList());
        assertThat(page.getTotal()).isEqualTo(matching.size());
    }
}
