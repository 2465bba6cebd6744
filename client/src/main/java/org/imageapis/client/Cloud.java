package org.imageapis.client;

/** The clouds whose endpoints the client knows. */
public enum Cloud {
    /** Huawei Cloud, its regions such as {@code cn-north-4}. */
    HUAWEI_CLOUD("Huawei Cloud"),
    /** Open Telekom Cloud (T-Systems), its regions such as {@code eu-de}. */
    OPEN_TELEKOM_CLOUD("Open Telekom Cloud");

    private final String displayName;

    Cloud(String displayName) {
        this.displayName = displayName;
    }

    /** @return the cloud's name as its provider writes it, for messages */
    public String displayName() {
        return displayName;
    }
}
