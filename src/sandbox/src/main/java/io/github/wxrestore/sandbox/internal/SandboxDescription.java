package io.github.wxrestore.sandbox.internal;

import io.github.wxrestore.sandbox.SandboxUser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The text a person reads to use a running sandbox: where it is, who can call it, what to list and restore. */
final class SandboxDescription {

    private static final int EXAMPLE_IDS = 3;

    private SandboxDescription() {
    }

    static String render(String origin, String baseUrl, SandboxEngine engine) {
        String endpoint = origin + RestoreEndpoint.PATH;
        StringBuilder out = new StringBuilder();
        out.append("Webex sandbox (offline, in memory; not Webex)\n");
        out.append("  base URL  ").append(baseUrl).append('\n');
        out.append("  endpoint  POST ").append(endpoint).append('\n');
        out.append("  listings  GET  ").append(origin).append(ListingEndpoint.USER_PATH)
                .append("        (status=deleted: the caller's recycle bins)\n");
        out.append("            GET  ").append(origin).append(ListingEndpoint.ADMIN_PATH)
                .append("  (admin scope; status=deleted: a site's recycle bins)\n");
        out.append("  sites     ").append(String.join(", ", engine.accounts().sites())).append('\n');
        out.append("  seed      ").append(engine.seed()).append(", ").append(engine.recordingsPerHost())
                .append(" recordings per host and site, made in the ").append(RecordingFacts.HORIZON.toDays())
                .append(" days before ").append(engine.start()).append('\n');
        out.append("  faults    ").append(engine.faults()).append('\n');
        out.append("Users (Authorization: Bearer <token>; sandbox tokens, not secrets):\n");
        for (SandboxUser user : engine.accounts().users()) {
            out.append(String.format("  %-24s token %-24s scope %-32s preferred site %s%n", user.email(),
                    user.token(), user.scope().wireName(), user.preferredSite()));
        }
        out.append("Some recordings in the recycle bins:\n");
        for (SandboxUser user : engine.accounts().users()) {
            List<String> ids = engine.recycleBin(user.preferredSite(), user.email());
            out.append("  ").append(user.email()).append(" on ").append(user.preferredSite()).append(": ")
                    .append(ids.isEmpty() ? "(empty)" : String.join(", ", ids.subList(0, Math.min(EXAMPLE_IDS,
                            ids.size()))))
                    .append('\n');
        }
        SandboxUser first = engine.accounts().users().get(0);
        List<String> firstIds = engine.recycleBin(first.preferredSite(), first.email());
        String id = firstIds.isEmpty() ? "<recording id>" : firstIds.get(0);
        LocalDate today = LocalDate.ofInstant(engine.start(), ZoneOffset.UTC);
        out.append("Try:\n  curl -i -X POST ").append(endpoint).append(" \\\n")
                .append("    -H 'Authorization: Bearer ").append(first.token()).append("' \\\n")
                .append("    -H 'Content-Type: application/json' \\\n")
                .append("    -d '{\"recordingIds\": [\"").append(id).append("\"]}'\n");
        out.append("  curl -i '").append(origin).append(ListingEndpoint.USER_PATH)
                .append("?status=deleted&max=100&from=").append(today.minusDays(RecordingFacts.HORIZON.toDays() + 1))
                .append("&to=").append(today.plusDays(1)).append("' \\\n")
                .append("    -H 'Authorization: Bearer ").append(first.token()).append("'\n");
        return out.toString();
    }
}
