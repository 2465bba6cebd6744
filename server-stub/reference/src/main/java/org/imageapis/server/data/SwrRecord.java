package org.imageapis.server.data;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.imageapis.server.swr.model.SharedRepository;
import org.imageapis.server.swr.model.SharedRepositoryCenter;

/**
 * A shared repository as SWR answers it (without {@code total_range}, which depends on the query),
 * plus whether the caller shares it ({@code self}) or it is shared with the caller ({@code thirdparty}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SwrRecord(SharedRepositoryCenter center, SharedRepository repository) {}
