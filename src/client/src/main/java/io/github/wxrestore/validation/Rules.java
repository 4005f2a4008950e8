package io.github.wxrestore.validation;

/**
 * The stable names of the rules a {@link Violation} (a restore call) or a {@link QueryViolation} (a recording
 * query) can report, with the property each one is reported at; {@code SiteHost} and {@code HostEmail} serve both.
 * Every rule has one message in {@code ValidationMessages.properties} (key
 * {@code io.github.wxrestore.validation.<rule>}, with a suffix where the message names a detail).
 * Constants only; thread-safe.
 */
public final class Rules {

    /** {@code body}: the request body is null. */
    public static final String BODY_REQUIRED = "BodyRequired";

    /** {@code recordingIds}: restoreAll is false or absent, and recordingIds is absent or empty. */
    public static final String IDS_REQUIRED = "IdsRequired";

    /** {@code recordingIds}: restoreAll is false or absent, and there are more IDs than the spec's maxItems. */
    public static final String TOO_MANY_IDS = "TooManyIds";

    /** {@code recordingIds}: restoreAll is true, and recordingIds is not empty (whatever its size). */
    public static final String IDS_WITH_RESTORE_ALL = "IdsWithRestoreAll";

    /** {@code recordingIds[i]}: the element is null. */
    public static final String ID_REQUIRED = "IdRequired";

    /** {@code recordingIds[i]}: the ID is empty or only whitespace. */
    public static final String ID_BLANK = "IdBlank";

    /** {@code recordingIds[i]}: the ID holds a whitespace or control character (space, tab, newline, NUL...). */
    public static final String ID_WHITESPACE_OR_CONTROL = "IdWhitespaceOrControl";

    /** {@code recordingIds[i]}: the ID holds a character outside ASCII (often a copy-paste artefact). */
    public static final String ID_NOT_ASCII = "IdNotAscii";

    /** {@code recordingIds[i]}: the ID is longer than the spec's maxLength for an ID. */
    public static final String ID_TOO_LONG = "IdTooLong";

    /** {@code recordingIds[i]}: the ID equals an earlier one; the message names the first index. */
    public static final String ID_DUPLICATE = "IdDuplicate";

    /** {@code recordingIds}: more IDs are invalid than are reported one by one; the message counts them. */
    public static final String MORE_INVALID_IDS = "MoreInvalidIds";

    /** {@code siteUrl}: not a bare site host such as {@code example.webex.com}; the message says why. */
    public static final String SITE_HOST = "SiteHost";

    /** {@code hostEmail}: not a plain email address such as {@code jane.doe@example.com}; the message says why. */
    public static final String HOST_EMAIL = "HostEmail";

    /** {@code max}: the page size is outside the spec's 1 to 100. */
    public static final String PAGE_SIZE = "PageSize";

    /** {@code from}: the range starts after it ends. */
    public static final String FROM_AFTER_TO = "FromAfterTo";

    /** {@code hostEmail}: set on the admin listing, which lists every host (only the user listing names one). */
    public static final String HOST_EMAIL_ON_ADMIN_LISTING = "HostEmailOnAdminListing";

    /** {@code format}, {@code serviceType}, {@code status}: not one of the values the spec lists for it. */
    public static final String UNKNOWN_VALUE = "UnknownValue";

    /** {@code topic}, {@code meetingId}, {@code integrationTag}: empty or only whitespace. */
    public static final String TEXT_EMPTY = "TextEmpty";

    /** {@code topic}, {@code meetingId}, {@code integrationTag}: longer than the spec's maxLength. */
    public static final String TEXT_TOO_LONG = "TextTooLong";

    private Rules() {
    }
}
