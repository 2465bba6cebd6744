package org.imageapis.conformance.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imageapis.client.workspace.ListImageServersRequest;
import org.imageapis.client.workspace.model.ImageServer;
import org.imageapis.client.workspace.model.ImageServerPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code listImageServers} through the client: every parameter alone and combined, with both credentials. */
class WorkspaceContractTest extends ContractTestBase {

    private ImageServerPage list(Auth auth, ListImageServersRequest.Builder request) {
        return client(auth).workspace().listImageServers(request.build());
    }

    private List<String> allIds() {
        return dataset.workspace().stream()
                .map(org.imageapis.server.workspace.model.ImageServer::getId)
                .toList();
    }

    private static List<String> ids(ImageServerPage page) {
        return page.getItems().stream().map(ImageServer::getId).toList();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void defaultsGiveTenServersAndTheFullCount(Auth auth) {
        ImageServerPage page = list(auth, ListImageServersRequest.builder());

        assertThat(ids(page)).containsExactlyElementsOf(allIds().subList(0, 10));
        assertThat(page.getCount()).isEqualTo(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void limitAndOffsetSelectTheWindow(Auth auth) {
        assertThat(ids(list(auth, ListImageServersRequest.builder().limit(100))))
                .containsExactlyElementsOf(allIds().subList(0, 100));
        assertThat(ids(list(auth, ListImageServersRequest.builder().offset(1_195))))
                .containsExactlyElementsOf(allIds().subList(1_195, RECORDS));
        ImageServerPage both =
                list(auth, ListImageServersRequest.builder().limit(3).offset(500));
        assertThat(ids(both)).containsExactlyElementsOf(allIds().subList(500, 503));
        assertThat(both.getCount()).isEqualTo(RECORDS);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void serverNameMatchesPartOfTheNameAndServerIdTheId(Auth auth) {
        String part = "instance_00012";
        String id = allIds().get(777);
        ImageServerPage byName =
                list(auth, ListImageServersRequest.builder().serverName(part).limit(100));
        ImageServerPage byId = list(auth, ListImageServersRequest.builder().serverId(id));

        List<String> expected = dataset.workspace().stream()
                .filter(s -> s.getName().contains(part))
                .map(org.imageapis.server.workspace.model.ImageServer::getId)
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(ids(byName)).containsExactlyElementsOf(expected);
        assertThat(byName.getCount()).isEqualTo(expected.size());
        assertThat(ids(byId)).containsExactly(id);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void enterpriseProjectZeroOrEmptyIsTheDefaultProject(Auth auth) {
        assertThat(list(auth, ListImageServersRequest.builder().enterpriseProjectId("0"))
                        .getCount())
                .isEqualTo(RECORDS);
        assertThat(list(auth, ListImageServersRequest.builder().enterpriseProjectId(""))
                        .getCount())
                .isEqualTo(RECORDS);
        ImageServerPage other = list(auth, ListImageServersRequest.builder().enterpriseProjectId("ep-elsewhere"));
        assertThat(other.getCount()).isZero();
        assertThat(other.getItems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void everyParameterCombined(Auth auth) {
        String id = allIds().get(1_111);
        String name = dataset.workspace().get(1_111).getName();
        ImageServerPage hit = list(
                auth,
                ListImageServersRequest.builder()
                        .serverName(name.substring(9))
                        .serverId(id)
                        .enterpriseProjectId("0")
                        .limit(5)
                        .offset(0));
        ImageServerPage pastTheEnd = list(
                auth,
                ListImageServersRequest.builder()
                        .serverName(name)
                        .serverId(id)
                        .enterpriseProjectId("0")
                        .limit(5)
                        .offset(1));

        assertThat(ids(hit)).containsExactly(id);
        assertThat(hit.getCount()).isEqualTo(1);
        assertThat(pastTheEnd.getItems()).isEmpty();
        assertThat(pastTheEnd.getCount()).isEqualTo(1);
    }
}
