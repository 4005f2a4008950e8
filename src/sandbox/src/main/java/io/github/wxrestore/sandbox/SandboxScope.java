package io.github.wxrestore.sandbox;

/** The Webex scopes that matter to the restore endpoint. Immutable. */
public enum SandboxScope {
    /** Restores the caller's own recordings. */
    USER("meeting:recordings_write"),
    /** Also lets the caller name another host with {@code hostEmail}, on sites the caller administers. */
    ADMIN("meeting:admin_recordings_write");

    private final String wireName;

    SandboxScope(String wireName) {
        this.wireName = wireName;
    }

    /** The scope as Webex names it, such as {@code meeting:recordings_write}. */
    public String wireName() {
        return wireName;
    }
}
