package io.github.wxrestore.client.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Body text is always UTF-8, and a gzip body inflates only up to the limit. */
class BoundedBodyTest {

    @Test
    void textIsUtf8WhateverThePlatformDefault() {
        BoundedBody body = new BoundedBody("Zürich – 会议 €".getBytes(StandardCharsets.UTF_8), false);
        assertThat(body.text()).isEqualTo("Zürich – 会议 €");
    }

    @Test
    void aMultiByteCharacterCutByTheLimitBecomesAReplacementCharacter() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        BoundedBody body = new BoundedBody(new byte[]{'a', euro[0], euro[1]}, true);
        assertThat(body.text()).isEqualTo("a\uFFFD");
    }

    @Test
    void gzipInflatesButNeverPastTheLimit() throws IOException {
        BoundedBody bomb = new BoundedBody(gzip(new byte[5_000_000]), false);

        BoundedBody inflated = bomb.gunzipped(64 * 1024);

        assertThat(inflated.size()).isEqualTo(64 * 1024);
        assertThat(inflated.truncated()).isTrue();
    }

    @Test
    void gzipOfASmallBodyIsDecodedWhole() throws IOException {
        BoundedBody body = new BoundedBody(gzip("{\"message\":\"m\"}".getBytes(StandardCharsets.UTF_8)), false);

        BoundedBody inflated = body.gunzipped(1024);

        assertThat(inflated.text()).isEqualTo("{\"message\":\"m\"}");
        assertThat(inflated.truncated()).isFalse();
    }

    @Test
    void notGzipAfterAllIsLeftAsItIs() {
        BoundedBody body = new BoundedBody("<html>".getBytes(StandardCharsets.UTF_8), false);
        assertThat(body.gunzipped(1024).text()).isEqualTo("<html>");
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        }
        return out.toByteArray();
    }
}
