package io.github.wxrestore.reliability;

import io.github.wxrestore.client.WebexRecordingsClient;

import java.util.function.BiFunction;

/** The builder settings that end up in request headers, by the name the builder's messages use. */
enum HeaderSetting {

    ACCESS_TOKEN("accessToken", "Authorization", WebexRecordingsClient.Builder::accessToken),
    TRACKING_ID_PREFIX("trackingIdPrefix", "TrackingID", WebexRecordingsClient.Builder::trackingIdPrefix),
    USER_AGENT("userAgent", "User-Agent", WebexRecordingsClient.Builder::userAgent);

    final String builderName;
    final String header;
    private final BiFunction<WebexRecordingsClient.Builder, String, WebexRecordingsClient.Builder> setter;

    HeaderSetting(String builderName, String header,
                  BiFunction<WebexRecordingsClient.Builder, String, WebexRecordingsClient.Builder> setter) {
        this.builderName = builderName;
        this.header = header;
        this.setter = setter;
    }

    /** The builder with this setting set to {@code value}. */
    WebexRecordingsClient.Builder set(WebexRecordingsClient.Builder builder, String value) {
        return setter.apply(builder, value);
    }
}
