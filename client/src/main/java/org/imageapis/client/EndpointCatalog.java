package org.imageapis.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageapis.registry.ServerEntry;

/**
 * The public endpoint of each service in each known region of each cloud.
 *
 * <p>The host patterns are the {@code servers} of each service's spec, through the registry: a server without a
 * region list is the service's default on its cloud, a server with one ({@code appstream} for some Workspace
 * regions, Huawei Cloud Europe's {@code .eu} domain) serves those regions. What the specs do not say is in
 * {@code endpoints.json} next to this class: each cloud's known regions, the domains that tell which cloud a server
 * belongs to, and regions on another domain of the same cloud (the Swiss OTC domain). Regions outside the catalog
 * need an explicit endpoint.
 */
public final class EndpointCatalog {

    private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/:]+)");
    private static final EndpointCatalog DEFAULT = load();

    private final Map<Cloud, CloudEntry> clouds;
    private final Map<Cloud, Map<Service, ServiceHosts>> hosts;

    private EndpointCatalog(Map<Cloud, CloudEntry> clouds, Map<Cloud, Map<Service, ServiceHosts>> hosts) {
        this.clouds = clouds;
        this.hosts = hosts;
    }

    /** @return the catalog built from the specs' {@code servers}, the one every client uses */
    public static EndpointCatalog defaultCatalog() {
        return DEFAULT;
    }

    /**
     * @param cloud the cloud
     * @return the region IDs the catalog knows for it, in catalog order
     */
    public Set<String> regions(Cloud cloud) {
        return new LinkedHashSet<>(clouds.get(cloud).regions());
    }

    /**
     * The endpoint of {@code service} in {@code region}.
     *
     * @param cloud the cloud
     * @param region a region ID of that cloud
     * @param service the service
     * @return the service's base URI there
     *
     * @throws IllegalArgumentException naming the known regions when the region is not in the catalog, or when the
     *                                  service's spec names no server on that cloud
     */
    public URI endpoint(Cloud cloud, String region, Service service) {
        CloudEntry entry = clouds.get(cloud);
        if (!entry.regions().contains(region)) {
            throw new IllegalArgumentException("unknown " + cloud.displayName() + " region '" + region
                    + "'; known regions: " + String.join(", ", entry.regions())
                    + ". For another region or a private deployment, set the endpoint of each service used.");
        }
        ServiceHosts serviceHosts = hosts.get(cloud).get(service);
        if (serviceHosts == null) {
            throw new IllegalArgumentException(service.displayName() + " has no " + cloud.displayName()
                    + " endpoint in its spec; set its endpoint.");
        }
        ServerEntry server = serviceHosts.byRegion().getOrDefault(region, serviceHosts.defaultServer());
        String url = server.urlFor(region);
        String regionDomain = entry.domainByRegion().get(region);
        if (regionDomain != null) {
            String domain = entry.domainOf(server.url());
            url = url.replace("." + domain, "." + regionDomain);
        }
        return URI.create(url);
    }

    private static EndpointCatalog load() {
        Map<Cloud, CloudEntry> clouds = readClouds();
        Map<Cloud, Map<Service, ServiceHosts>> hosts = new EnumMap<>(Cloud.class);
        for (Cloud cloud : Cloud.values()) {
            hosts.put(cloud, new EnumMap<>(Service.class));
        }
        for (Service service : Service.values()) {
            Map<Cloud, ServiceHosts> byCloud = new EnumMap<>(Cloud.class);
            for (ServerEntry server : service.api().servers()) {
                Cloud cloud = clouds.entrySet().stream()
                        .filter(entry -> entry.getValue().domainOf(server.url()) != null)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the server " + server.url() + " of "
                                + service.displayName() + " is on no cloud's domain in endpoints.json"));
                byCloud.computeIfAbsent(cloud, c -> new ServiceHosts()).add(server);
            }
            byCloud.forEach((cloud, serviceHosts) -> hosts.get(cloud).put(service, serviceHosts.checked(service)));
        }
        return new EndpointCatalog(clouds, hosts);
    }

    private static Map<Cloud, CloudEntry> readClouds() {
        try (InputStream in = EndpointCatalog.class.getResourceAsStream("endpoints.json")) {
            if (in == null) {
                throw new IllegalStateException("endpoints.json is missing from the client jar");
            }
            Map<Cloud, CloudEntry> clouds = new ObjectMapper()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<EnumMap<Cloud, CloudEntry>>() {});
            for (Cloud cloud : Cloud.values()) {
                CloudEntry entry = clouds.get(cloud);
                if (entry == null
                        || entry.regions().isEmpty()
                        || entry.domains().isEmpty()) {
                    throw new IllegalStateException("endpoints.json lacks the regions or domains of " + cloud);
                }
            }
            return clouds;
        } catch (IOException e) {
            throw new UncheckedIOException("endpoints.json cannot be read", e);
        }
    }

    private record CloudEntry(List<String> regions, List<String> domains, Map<String, String> domainByRegion) {
        CloudEntry {
            domainByRegion = domainByRegion == null ? Map.of() : domainByRegion;
        }

        /** The domain of this cloud that the server URL's host is on, or null when it is on none. */
        String domainOf(String url) {
            Matcher host = HOST.matcher(url);
            if (!host.find()) {
                return null;
            }
            return domains.stream()
                    .filter(domain -> host.group(1).endsWith("." + domain))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A service's servers on one cloud: the default one, and those that serve only the regions they list. */
    private static final class ServiceHosts {
        private ServerEntry defaultServer;
        private final Map<String, ServerEntry> byRegion = new LinkedHashMap<>();

        void add(ServerEntry server) {
            if (!server.regions().isEmpty()) {
                server.regions().forEach(region -> byRegion.putIfAbsent(region, server));
            } else if (defaultServer == null) {
                defaultServer = server;
            }
        }

        ServiceHosts checked(Service service) {
            if (defaultServer == null) {
                throw new IllegalStateException(service.displayName()
                        + "'s spec lists only region-specific servers on a cloud: one without a region list is needed");
            }
            return this;
        }

        ServerEntry defaultServer() {
            return defaultServer;
        }

        Map<String, ServerEntry> byRegion() {
            return byRegion;
        }
    }
}
