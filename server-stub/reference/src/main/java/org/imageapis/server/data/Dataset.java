package org.imageapis.server.data;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.stream.Stream;
import org.imageapis.server.workspace.model.ImageServer;

/**
 * Everything the server answers from, per API. Workspace records are plain {@code ImageServer}
 * objects because every Workspace filter reads a response field. Data is shared by all project ids.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dataset(List<ModelArtsRecord> modelarts, List<ImageServer> workspace, List<HssRecord> hss,
                      List<SwrRecord> swr) {

    public Dataset {
        modelarts = modelarts == null ? List.of() : List.copyOf(modelarts);
        workspace = workspace == null ? List.of() : List.copyOf(workspace);
        hss = hss == null ? List.of() : List.copyOf(hss);
        swr = swr == null ? List.of() : List.copyOf(swr);
    }

    /** This dataset followed by the records of {@code more}. */
    public Dataset plus(Dataset more) {
        return new Dataset(concat(modelarts, more.modelarts), concat(workspace, more.workspace),
                concat(hss, more.hss), concat(swr, more.swr));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
