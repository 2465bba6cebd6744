package org.imageapis.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public endpoint of each service in each known region of each cloud, read from
 * {@code endpoints.json} next to this class: a default host pattern per service plus the regions
 * that differ (Workspace's {@code appstream} regions, Huawei Cloud Europe's {@code .eu} domain,
 * the Swiss OTC domain). Regions outside the catalog need an explicit endpoint.
 */
public final class EndpointCatalog {

    private static final EndpointCatalog DEFAULT = load();

    private final Map<Cloud, CloudEntry> clouds;

    private EndpointCatalog(Map<Cloud, CloudEntry> clouds) {
        this.clouds = clouds;
    }

    public static EndpointCatalog defaultCatalog() {
        return DEFAULT;
    }

    /** The region IDs the catalog knows for a cloud, in catalog order. */
    public Set<String> regions(Cloud cloud) {
        return new LinkedHashSet<>(clouds.get(cloud).regions());
    }

    /**
     * The endpoint of {@code service} in {@code region}.
     *
     * @throws IllegalArgumentException naming the known regions when the region is not in the catalog
     */
    public URI endpoint(Cloud cloud, String region, Service service) {
        CloudEntry entry = clouds.get(cloud);
        if (!entry.regions().contains(region)) {
            throw new IllegalArgumentException("unknown " + cloud.displayName() + " region '" + region
                    + "'; known regions: " + String.join(", ", entry.regions())
                    + ". For another region or a private deployment, set the endpoint of each service used.");
        }
        ServiceEntry serviceEntry = entry.services().get(service);
        String pattern = serviceEntry.byRegion().getOrDefault(region, serviceEntry.defaultPattern());
        return URI.create(pattern.replace("{region}", region));
    }

    private static EndpointCatalog load() {
        try (InputStream in = EndpointCatalog.class.getResourceAsStream("endpoints.json")) {
            if (in == null) {
                throw new IllegalStateException("endpoints.json is missing from the client jar");
            }
            Map<Cloud, CloudEntry> clouds = new ObjectMapper()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<EnumMap<Cloud, CloudEntry>>() { });
            for (Cloud cloud : Cloud.values()) {
                CloudEntry entry = clouds.get(cloud);
                if (entry == null || !entry.services().keySet().containsAll(List.of(Service.values()))) {
                    throw new IllegalStateException("endpoints.json lacks " + cloud + " or one of its services");
                }
            }
            return new EndpointCatalog(clouds);
        } catch (IOException e) {
            throw new UncheckedIOException("endpoints.json cannot be read", e);
        }
    }

    private record CloudEntry(List<String> regions, Map<Service, ServiceEntry> services) {
    }

    private record ServiceEntry(@JsonProperty("default") String defaultPattern,
                                Map<String, String> byRegion) {
        ServiceEntry {
            byRegion = byRegion == null ? Map.of() : byRegion;
        }
    }
}
