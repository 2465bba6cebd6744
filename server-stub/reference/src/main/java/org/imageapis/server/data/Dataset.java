package org.imageapis.server.data;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.imageapis.server.workspace.model.ImageServer;

/**
 * Everything the server answers from, per API. Workspace records are plain {@code ImageServer}
 * objects because every Workspace filter reads a response field. Data is shared by all project ids. The lists
 * never change; synthetic ones compute each record when it is read ({@link ComputedList}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dataset(
        List<ModelArtsRecord> modelarts, List<ImageServer> workspace, List<HssRecord> hss, List<SwrRecord> swr) {

    /**
     * Makes an absent API an empty list.
     *
     * @param modelarts the ModelArts records, or null
     * @param workspace the Workspace records, or null
     * @param hss       the HSS records, or null
     * @param swr       the SWR records, or null
     */
    public Dataset {
        modelarts = modelarts == null ? List.of() : ComputedList.immutable(modelarts);
        workspace = workspace == null ? List.of() : ComputedList.immutable(workspace);
        hss = hss == null ? List.of() : ComputedList.immutable(hss);
        swr = swr == null ? List.of() : ComputedList.immutable(swr);
    }

    /**
     * This dataset followed by the records of {@code more}, joined without copying either.
     *
     * @param more the records to append
     * @return the joined dataset
     */
    public Dataset plus(Dataset more) {
        return new Dataset(
                ComputedList.concat(modelarts, more.modelarts),
                ComputedList.concat(workspace, more.workspace),
                ComputedList.concat(hss, more.hss),
                ComputedList.concat(swr, more.swr));
    }
}
