package org.imageapis.client;

/** The four services, each with its own endpoint. */
public enum Service {
    MODELARTS("ModelArts"),
    WORKSPACE("Workspace Application Streaming"),
    HSS("Host Security Service"),
    SWR("SoftWare Repository for Container");

    private final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
