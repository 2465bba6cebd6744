package org.imageapis.server.workspace;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Predicate;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.http.Paging;
import org.imageapis.server.workspace.api.ImageServersApi;
import org.imageapis.server.workspace.model.ImageServer;
import org.imageapis.server.workspace.model.ImageServerPage;

/**
 * Workspace image servers. {@code server_name} matches part of the name, {@code server_id} the
 * instance's {@code id}; an absent, empty or {@code 0} {@code enterprise_project_id} selects the
 * default enterprise project, which also holds servers whose own project is absent or empty.
 */
@Singleton
@Authenticated
public final class ImageServersResource implements ImageServersApi {

    private final List<ImageServer> servers;

    @Inject
    public ImageServersResource(Dataset dataset) {
        this.servers = dataset.workspace();
    }

    @Override
    public ImageServerPage listImageServers(String projectId, Integer offset, Integer limit, String serverName,
                                            String serverId, String enterpriseProjectId) {
        String project = enterpriseProject(enterpriseProjectId);
        Predicate<ImageServer> filter = server -> enterpriseProject(server.getEnterpriseProjectId()).equals(project);
        if (serverName != null) {
            filter = filter.and(server -> server.getName().contains(serverName));
        }
        if (serverId != null) {
            filter = filter.and(server -> serverId.equals(server.getId()));
        }
        List<ImageServer> matches = servers.stream().filter(filter).toList();
        return new ImageServerPage()
                .count(matches.size())
                .items(Paging.slice(matches, offset, limit));
    }

    private static String enterpriseProject(String id) {
        return id == null || id.isEmpty() ? "0" : id;
    }
}
