package io.github.wxrestore.contract;

/**
 * The provider states the consumer pacts name and the provider verification sets up. They are constants because
 * {@code @State} needs its names at compile time. Each state also carries what it is about as parameters (the
 * status and Retry-After of a scripted answer; the host, site and IDs of a recycle bin; the host, site, count and
 * filters of listed recordings), so the provider reads them instead of parsing the names.
 *
 * <p>The listing states also answer with values ({@link #FROM}, {@link #TO}, {@link #CURSOR}) that the pacts'
 * requests take from the provider state: what the consumer cannot know, the time window the provider's
 * recordings were made in and the opaque cursor of its next page.
 */
final class ProviderStates {

    /** Parameters {@link #HOST_EMAIL}, {@link #SITE}, {@link #RECORDING_IDS}. */
    static final String RECORDINGS_IN_RECYCLE_BIN = "the host has these recordings in the recycle bin of the site";

    /** Parameters {@link #STATUS} and, on 423 and 429, maybe {@link #RETRY_AFTER}. */
    static final String NEXT_RESTORE_ANSWERS = "the next restore answers ";
    static final String ANSWERS_200 = NEXT_RESTORE_ANSWERS + "200 with a JSON body";
    static final String ANSWERS_201 = NEXT_RESTORE_ANSWERS + "201 with a JSON body";
    static final String ANSWERS_202 = NEXT_RESTORE_ANSWERS + "202 with a JSON body";
    static final String ANSWERS_204 = NEXT_RESTORE_ANSWERS + "204";
    static final String ANSWERS_400 = NEXT_RESTORE_ANSWERS + "400";
    static final String ANSWERS_401 = NEXT_RESTORE_ANSWERS + "401";
    static final String ANSWERS_403 = NEXT_RESTORE_ANSWERS + "403";
    static final String ANSWERS_404 = NEXT_RESTORE_ANSWERS + "404";
    static final String ANSWERS_405 = NEXT_RESTORE_ANSWERS + "405";
    static final String ANSWERS_409 = NEXT_RESTORE_ANSWERS + "409";
    static final String ANSWERS_410 = NEXT_RESTORE_ANSWERS + "410";
    static final String ANSWERS_415 = NEXT_RESTORE_ANSWERS + "415";
    static final String ANSWERS_423_RETRY_AFTER = NEXT_RESTORE_ANSWERS + "423 with Retry-After 30";
    static final String ANSWERS_423 = NEXT_RESTORE_ANSWERS + "423 without Retry-After";
    static final String ANSWERS_428 = NEXT_RESTORE_ANSWERS + "428";
    static final String ANSWERS_429_RETRY_AFTER = NEXT_RESTORE_ANSWERS + "429 with Retry-After 12";
    static final String ANSWERS_500 = NEXT_RESTORE_ANSWERS + "500";
    static final String ANSWERS_502 = NEXT_RESTORE_ANSWERS + "502";
    static final String ANSWERS_503 = NEXT_RESTORE_ANSWERS + "503";
    static final String ANSWERS_504 = NEXT_RESTORE_ANSWERS + "504";

    /**
     * Parameters {@link #HOST_EMAIL}, {@link #SITE}, {@link #COUNT}, maybe {@link #TOPIC}, {@link #FORMAT},
     * {@link #SERVICE_TYPE} (the recordings match them as the listing filters do) and {@link #PAGE_SIZE}. Answers
     * {@link #FROM} and {@link #TO}, the window that holds the host's newest {@code count} matching recordings on
     * the site, and with a page size {@link #CURSOR}, where the first page of that window ends.
     */
    static final String HOST_HAS_DELETED_RECORDINGS = "the host has deleted recordings on the site";
    /**
     * Parameters {@link #SITE}, {@link #COUNT}. Answers {@link #FROM} and {@link #TO}: the window of the site's
     * newest {@code count} deleted recordings, whoever hosted them.
     */
    static final String SITE_HAS_DELETED_RECORDINGS = "the site has deleted recordings";

    /** Parameters {@link #STATUS} and, on 423 and 429, maybe {@link #RETRY_AFTER}; either listing. */
    static final String NEXT_LISTING_ANSWERS = "the next listing page answers ";
    static final String LISTING_ANSWERS_400 = NEXT_LISTING_ANSWERS + "400";
    static final String LISTING_ANSWERS_401 = NEXT_LISTING_ANSWERS + "401";
    static final String LISTING_ANSWERS_403 = NEXT_LISTING_ANSWERS + "403";
    static final String LISTING_ANSWERS_404 = NEXT_LISTING_ANSWERS + "404";
    static final String LISTING_ANSWERS_405 = NEXT_LISTING_ANSWERS + "405";
    static final String LISTING_ANSWERS_409 = NEXT_LISTING_ANSWERS + "409";
    static final String LISTING_ANSWERS_410 = NEXT_LISTING_ANSWERS + "410";
    static final String LISTING_ANSWERS_415 = NEXT_LISTING_ANSWERS + "415";
    static final String LISTING_ANSWERS_423_RETRY_AFTER = NEXT_LISTING_ANSWERS + "423 with Retry-After 30";
    static final String LISTING_ANSWERS_423 = NEXT_LISTING_ANSWERS + "423 without Retry-After";
    static final String LISTING_ANSWERS_428 = NEXT_LISTING_ANSWERS + "428";
    static final String LISTING_ANSWERS_429_RETRY_AFTER = NEXT_LISTING_ANSWERS + "429 with Retry-After 12";
    static final String LISTING_ANSWERS_500 = NEXT_LISTING_ANSWERS + "500";
    static final String LISTING_ANSWERS_502 = NEXT_LISTING_ANSWERS + "502";
    static final String LISTING_ANSWERS_503 = NEXT_LISTING_ANSWERS + "503";
    static final String LISTING_ANSWERS_504 = NEXT_LISTING_ANSWERS + "504";

    static final String HOST_EMAIL = "hostEmail";
    static final String SITE = "site";
    static final String RECORDING_IDS = "recordingIds";
    static final String STATUS = "status";
    static final String RETRY_AFTER = "retryAfter";
    static final String COUNT = "count";
    static final String TOPIC = "topic";
    static final String FORMAT = "format";
    static final String SERVICE_TYPE = "serviceType";
    static final String PAGE_SIZE = "pageSize";
    /** What the listing states answer: query values, named as the query parameters they fill. */
    static final String FROM = "from";
    static final String TO = "to";
    static final String CURSOR = "cursor";

    private ProviderStates() {
    }
}
