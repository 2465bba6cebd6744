package org.imageapis.server.data;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.imageapis.server.modelarts.model.ImageGroup;
import org.imageapis.server.modelarts.model.ImageGroupType;
import org.imageapis.server.modelarts.model.ImageServiceType;

/**
 * An image group as ModelArts answers it, plus the attributes its filters read that the response
 * does not show.
 *
 * @param workspaceId {@code "0"} (the default workspace) when absent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelArtsRecord(ImageGroupType type, ImageServiceType serviceType, String workspaceId, ImageGroup group) {

    /** The workspace of a record that names none. */
    public static final String DEFAULT_WORKSPACE = "0";

    /**
     * Fills the default workspace.
     *
     * @param type        the group's type
     * @param serviceType the service the group's images are for
     * @param workspaceId the workspace, or null for the default
     * @param group       the group as ModelArts answers it
     */
    public ModelArtsRecord {
        workspaceId = workspaceId == null ? DEFAULT_WORKSPACE : workspaceId;
    }
}
