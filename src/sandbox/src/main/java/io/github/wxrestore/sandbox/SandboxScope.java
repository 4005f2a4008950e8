package io.github.wxrestore.sandbox;

/**
 * The Webex scopes that matter to the restore endpoint and the two listings. A sandbox token carries both scopes
 * of its level: the one to restore ({@link #wireName()}) and the one to list ({@link #readWireName()}).
 * Immutable.
 */
public enum SandboxScope {
    /** Restores and lists the caller's own recordings. */
    USER("meeting:recordings_write", "meeting:recordings_read"),
    /**
     * Also lets the caller name another host with {@code hostEmail}, on sites the caller administers, and list
     * every host's recordings of such a site ({@code GET /admin/recordings}).
     */
    ADMIN("meeting:admin_recordings_write", "meeting:admin_recordings_read");

    private final String wireName;
    private final String readWireName;

    SandboxScope(String wireName, String readWireName) {
        this.wireName = wireName;
        this.readWireName = readWireName;
    }

    /** The scope to restore, as Webex names it, such as {@code meeting:recordings_write}. */
    public String wireName() {
        return wireName;
    }

    /** The scope to list, as Webex names it, such as {@code meeting:recordings_read}. */
    public String readWireName() {
        return readWireName;
    }
}
