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

    public static final String DEFAULT_WORKSPACE = "0";

    public ModelArtsRecord {
        workspaceId = workspaceId == null ? DEFAULT_WORKSPACE : workspaceId;
    }
}
