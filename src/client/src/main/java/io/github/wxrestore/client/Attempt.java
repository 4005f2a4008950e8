package io.github.wxrestore.client;

/**
 * One attempt of a restore call, as an {@link AttemptListener} hears of it.
 *
 * @param callId     the call's number in its client, from 1: every event of one call carries it
 * @param number     the attempt's number in its call, from 1
 * @param trackingId the {@code TrackingID} header the attempt carries
 */
public record Attempt(long callId, int number, String trackingId) {
}
