package org.imageapis.server.workspace;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.imageapis.server.auth.Authenticated;
import org.imageapis.server.data.Dataset;
import org.imageapis.server.data.Filters;
import org.imageapis.server.data.RecordIndex;
import org.imageapis.server.http.Answers;
import org.imageapis.server.http.Paging;
import org.imageapis.server.workspace.api.ImageServersApi;
import org.imageapis.server.workspace.model.ImageServer;
import org.imageapis.server.workspace.model.ImageServerPage;

/**
 * Workspace image servers. {@code server_name} matches part of the name, {@code server_id} the
 * instance's {@code id}; an absent, empty or {@code 0} {@code enterprise_project_id} selects the
 * default enterprise project, which also holds servers whose own project is absent or empty.
 *
 * <p>The matching servers of a query are found once ({@link RecordIndex}), and each page is serialized once
 * ({@link Answers}): the dataset never changes.
 */
@Singleton
@Authenticated
public final class ImageServersResource implements ImageServersApi {

    private final RecordIndex<ImageServer> servers;
    private final Answers<Page, RenderedImageServerPage> answers = new Answers<>();

    /** @param dataset the records it answers from, indexed once here */
    @Inject
    public ImageServersResource(Dataset dataset) {
        this.servers = new RecordIndex<>(dataset.workspace());
    }

    /** Which servers a request lists: the key of their view. */
    record Query(String project, String serverName, String serverId) {

        boolean matches(ImageServer server) {
            return enterpriseProject(server.getEnterpriseProjectId()).equals(project)
                    && Filters.partial(serverName, server.getName())
                    && Filters.exact(serverId, server.getId());
        }
    }

    /** The page of a query's view: the key of a whole answer. */
    record Page(Query query, int offset, int limit) {}

    @Override
    public ImageServerPage listImageServers(
            String projectId,
            Integer offset,
            Integer limit,
            String serverName,
            String serverId,
            String enterpriseProjectId) {
        Query query = new Query(enterpriseProject(enterpriseProjectId), serverName, serverId);
        return answers.get(new Page(query, offset, limit), () -> {
            int[] matches = servers.find(query, query::matches, null);
            return new RenderedImageServerPage(new ImageServerPage()
                    .count(matches.length)
                    .items(Paging.slice(matches, offset, limit, servers.records()::get)));
        });
    }

    private static String enterpriseProject(String id) {
        return id == null || id.isEmpty() ? "0" : id;
    }
}
