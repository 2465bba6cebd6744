package org.imageapis.registry;

import java.util.List;

/**
 * One {@code servers} entry of an API's spec.
 *
 * @param url           the URL template, such as {@code https://swr-api.{region}.myhuaweicloud.com}
 * @param description   the spec's description of the server, such as {@code Huawei Cloud}
 * @param defaultRegion the default of its {@code region} variable, or null when it has none
 * @param regions       the allowed values of its {@code region} variable; empty when any region is allowed
 */
public record ServerEntry(String url, String description, String defaultRegion, List<String> regions) {

    /**
     * Copies the list, so that an entry cannot change after the build wrote it.
     *
     * @param url           the URL template
     * @param description   the spec's description of the server
     * @param defaultRegion the default region, or null
     * @param regions       the allowed regions, copied
     */
    public ServerEntry {
        regions = List.copyOf(regions);
    }

    /**
     * @param region a region id, such as {@code ap-southeast-1}
     * @return the template with its {@code {region}} variable filled in
     */
    public String urlFor(String region) {
        return url.replace("{region}", region);
    }
}
