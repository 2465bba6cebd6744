package org.imageapis.client;

/** The clouds whose endpoints the client knows. */
public enum Cloud {
    HUAWEI_CLOUD("Huawei Cloud"),
    OPEN_TELEKOM_CLOUD("Open Telekom Cloud");

    private final String displayName;

    Cloud(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
