package io.github.wxrestore.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Recording IDs shaped like Webex's (32 hex digits), derived from the seed, site, host and position only: the
 * same seed gives the same IDs, and adding a user or a site does not change anyone else's.
 */
final class SeededIds {

    private SeededIds() {
    }

    static List<String> generate(long seed, String site, String hostEmail, int count) {
        MessageDigest sha256 = sha256();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] digest = sha256.digest((seed + "|" + site + "|" + hostEmail + "|" + i)
                    .getBytes(StandardCharsets.UTF_8));
            ids.add(HexFormat.of().formatHex(digest, 0, 16));
        }
        return ids;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
