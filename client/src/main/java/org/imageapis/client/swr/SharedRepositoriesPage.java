package org.imageapis.client.swr;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.client.swr.model.SharedRepository;

/** One page of shared repositories: the body (a JSON array) and the {@code Content-Range} header. */
public final class SharedRepositoriesPage {

    private static final Pattern CONTENT_RANGE = Pattern.compile("^\\s*(\\d+)-(\\d+)/(\\d+)\\s*$");

    private final List<SharedRepository> repositories;
    private final String contentRange;

    public SharedRepositoriesPage(List<SharedRepository> repositories, String contentRange) {
        this.repositories = repositories == null ? List.of() : List.copyOf(repositories);
        this.contentRange = contentRange;
    }

    public List<SharedRepository> repositories() {
        return repositories;
    }

    /** The {@code Content-Range} header as sent: {@code offset-count/total}. */
    public Optional<String> contentRange() {
        return Optional.ofNullable(contentRange);
    }

    /**
     * The number of all matching repositories: the total of {@code Content-Range}, or else the
     * {@code total_range} of the first repository; empty when neither is there.
     */
    public OptionalLong total() {
        if (contentRange != null) {
            Matcher matcher = CONTENT_RANGE.matcher(contentRange);
            if (matcher.matches()) {
                return OptionalLong.of(Long.parseLong(matcher.group(3)));
            }
        }
        if (!repositories.isEmpty() && repositories.get(0).getTotalRange() != null) {
            return OptionalLong.of(repositories.get(0).getTotalRange());
        }
        return OptionalLong.empty();
    }

    @Override
    public String toString() {
        return "SharedRepositoriesPage[" + repositories.size() + " repositories, Content-Range=" + contentRange + "]";
    }
}
