package io.github.wxrestore.contract;

/** The names the pacts are filed under: this library as the consumer, the Webex restore API as the provider. */
final class Parties {

    static final String CONSUMER = "webex-recordings-restore-client";
    static final String PROVIDER = "webex-recordings-restore-api";

    private Parties() {
    }
}
