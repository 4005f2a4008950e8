package io.github.wxrestore.reliability;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import io.github.wxrestore.testing.Generators;
import io.github.wxrestore.testing.Generators.Alphabet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static io.github.wxrestore.testing.Generators.filter;
import static io.github.wxrestore.testing.Generators.just;
import static io.github.wxrestore.testing.Generators.lists;
import static io.github.wxrestore.testing.Generators.oneOf;
import static io.github.wxrestore.testing.Generators.uniqueLists;
import static io.github.wxrestore.testing.Generators.withNull;

/**
 * Generators of restore calls as careless or hostile callers write them. {@link #calls()} mixes three kinds:
 * valid calls whose values are as odd as the rules allow (every printable ASCII character in IDs, mixed-case
 * and maximal host names, e-mail addresses with {@code + & # % =} and unicode), the same calls with one or two
 * {@link #defects() defects} injected (too many IDs, duplicates, nulls, control characters, lone surrogates,
 * URLs where a host belongs, malformed addresses...), and pure noise. About half are valid, so both sides of
 * every property get exercised.
 */
final class HostileInput {

    /** A restore call: what {@code restore(body, hostEmail)} receives. Both may be null. */
    record Call(RestoreRecordingsRequest body, String hostEmail) {
    }

    private static final String HEX = "0123456789abcdef";
    private static final String WHITESPACE = " \t\n\r\u000b\f\u0085\u00a0\u1680\u2000\u2028\u2029\u200b\u3000\ufeff";
    // accents, CJK, Greek, Cyrillic, a combining mark, a bidi override, a joiner, an emoji and lone surrogates
    private static final String UNICODE = "éüßøçñ中文會議Ωж\u0301\u202e\u200d\ud83c\udfac\ud800\udfff";
    // RFC 5322 atext besides letters and digits
    private static final String ATEXT_PUNCTUATION = "!#$%&'*+-/=?^_`{|}~";

    private HostileInput() {
    }

    /** Valid calls, valid calls with defects, and noise, in the proportions 4 : 5 : 1. */
    static Gen<Call> calls() {
        Gen<Call> withDefects = validCalls().zip(defects(), defects(),
                (call, first, second) -> second.apply(first.apply(call)));
        Gen<Call> noise = noiseBodies().zip(withNull(oneOf(hostEmails(), hostileText()), 0.3), Call::new);
        return Generate.frequency(Pair.of(4, validCalls()), Pair.of(5, withDefects), Pair.of(1, noise));
    }

    /** Calls that keep every documented rule, with values as odd as the rules allow. */
    static Gen<Call> validCalls() {
        Gen<RestoreRecordingsRequest> someIds = withNull(just(false), 0.5).zip(validIdLists(),
                withNull(hostNames(), 0.5),
                (all, ids, site) -> new RestoreRecordingsRequest().restoreAll(all).recordingIds(ids).siteUrl(site));
        Gen<RestoreRecordingsRequest> everything = withNull(Generators.<List<String>>fresh(ArrayList::new), 0.5)
                .zip(withNull(hostNames(), 0.5),
                        (ids, site) -> new RestoreRecordingsRequest().restoreAll(true).recordingIds(ids).siteUrl(site));
        return Generate.frequency(Pair.of(4, someIds), Pair.of(1, everything))
                .zip(withNull(plausibleEmails(), 0.5), Call::new);
    }

    /** One thing wrong with a call, as callers get it wrong. */
    static Gen<UnaryOperator<Call>> defects() {
        return Generators.<UnaryOperator<Call>>oneOf(
                hostileText().map(text -> body(b -> b.addRecordingIdsItem(text))),
                Generate.range(101, 130).map(n -> body(b -> b.recordingIds(hexIds(n)))),
                just(body(b -> b.recordingIds(b.getRecordingIds() == null || b.getRecordingIds()
                        .isEmpty() ? new ArrayList<>(List.of("a", "a")) : withFirstRepeated(b.getRecordingIds())))),
                just(body(b -> b.recordingIds(withANullInTheMiddle(b.getRecordingIds())))),
                just(body(b -> b.restoreAll(true).recordingIds(hexIds(3)))),
                just(body(b -> b.restoreAll(false).recordingIds(new ArrayList<>()))),
                just(body(b -> b.restoreAll(null).recordingIds(null))),
                Alphabet.of("abcdef").strings(257).map(id -> body(b -> b.addRecordingIdsItem(id))),
                urls().map(url -> body(b -> b.siteUrl(url))),
                hostileText().map(text -> body(b -> b.siteUrl(text))),
                Generators.<String>oneOf(malformedEmails(), hostileText())
                        .map(email -> (UnaryOperator<Call>) call -> new Call(call.body(), email)),
                just((UnaryOperator<Call>) call -> new Call(null, call.hostEmail())));
    }

    /** Anything a caller might type or paste: empty, blank, control characters, unicode, very long, injections. */
    static Gen<String> hostileText() {
        return oneOf(
                Alphabet.anyChar().strings(0, 40),
                Alphabet.of(WHITESPACE).strings(1, 8),
                Alphabet.range('\u0000', '\u001f').strings(1, 4),
                Alphabet.of(UNICODE).strings(1, 20),
                Alphabet.alpha().and(Alphabet.numeric()).strings(250, 400),
                Generators.of("", " ", "null", "%00", "%0d%0aX-Injected: 1", "../../etc/passwd",
                        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://example.invalid/x}",
                        "\"quoted\"", "a\u0000b", "\r\nX-Injected: 1"));
    }

    /** 1 to 100 distinct IDs: mostly Webex-like hex, some with any printable ASCII, up to the 256-character limit. */
    static Gen<List<String>> validIdLists() {
        Gen<String> id = Generate.frequency(
                Pair.of(6, Alphabet.of(HEX).strings(32)),
                Pair.of(2, Alphabet.range('!', '~').strings(1, 40)),
                Pair.of(1, Alphabet.range('!', '~').strings(256)));
        return uniqueLists(id, 1, 100);
    }

    /** Host names of two to five labels, mixed case, up to the 63-character label limit. */
    static Gen<String> hostNames() {
        Gen<String> label = filter(Alphabet.range('a', 'z').and(Alphabet.numeric()).and("-QZ").strings(1, 63),
                l -> !l.startsWith("-") && !l.endsWith("-"));
        return lists(label, 0, 2).map(labels -> {
            List<String> all = new ArrayList<>(labels);
            all.add("webex");
            all.add("com");
            return String.join(".", all);
        });
    }

    /** Site URLs with schemes, ports, paths, queries and credentials: what people paste where a host belongs. */
    static Gen<String> urls() {
        Gen<UrlParts> parts = Generators.of("https://", "http://", "ftp://", "//", "", "HTTPS://", "https://user:pw@")
                .zip(hostNames(), Generators.of(":443", ":8080", ":0", ":99999", ":", ""),
                        Generators.of("/", "/meet/abc", "?site=x", "#frag", "/../..", "/%2e%2e", ""), UrlParts::new);
        return filter(parts, p -> !(p.scheme() + p.port() + p.path()).isEmpty()) // never a bare host
                .map(p -> p.scheme() + p.host() + p.port() + p.path());
    }

    /** local@domain with RFC 5322 punctuation ({@code + & # % = ...}), unicode names and IDN domains. */
    static Gen<String> plausibleEmails() {
        Gen<String> atom = Alphabet.alpha().and(Alphabet.numeric()).and(ATEXT_PUNCTUATION).and("üéß中øж")
                .strings(1, 12);
        Gen<String> local = lists(atom, 1, 3).map(atoms -> String.join(".", atoms));
        Gen<String> domain = oneOf(hostNames(), Generators.of("bücher.example", "例え.jp",
                "xn--bcher-kva.example", "EXAMPLE.COM"));
        return local.zip(domain, (l, d) -> l + "@" + d);
    }

    /** Addresses that are wrong in ways people get them wrong, and some that try to break the query string. */
    static Gen<String> malformedEmails() {
        return Generators.of("", " ", "@example.com", "ann@", "ann", "ann@@example.com", "ann@example",
                "a b@example.com", "ann@example..com", ".ann@example.com", "ann.@example.com", "ann..x@example.com",
                "ann@-example.com", "ann@exa mple.com", "\"quoted local\"@example.com", "ann@[127.0.0.1]",
                "ann@localhost", " ann@example.com", "ann@example.com ", "ann@example.com\r\nX-Injected: 1",
                "ann@example.com&hostEmail=admin@example.com", "ann@example.com#fragment", "ann@example.com?x=1",
                "x".repeat(65) + "@example.com", "ann@" + "d".repeat(64) + ".com",
                "ann@" + ("d".repeat(63) + ".").repeat(4) + "com", "ann@ex\u0000ample.com", "ann\u202e@example.com",
                "ann@example.com/", "mailto:ann@example.com");
    }

    /** Any e-mail-like text: plausible, malformed or hostile. */
    static Gen<String> hostEmails() {
        return Generate.frequency(Pair.of(3, plausibleEmails()), Pair.of(2, malformedEmails()),
                Pair.of(1, hostileText()));
    }

    // bodies of pure noise: any restoreAll, any list of any strings (nulls included), any siteUrl
    private static Gen<RestoreRecordingsRequest> noiseBodies() {
        Gen<List<String>> ids = lists(withNull(hostileText(), 0.05), 0, 120);
        return withNull(withNull(Generators.of(true, false), 0.3).zip(withNull(ids, 0.2),
                withNull(oneOf(hostileText(), urls(), hostNames()), 0.3),
                (all, list, site) -> new RestoreRecordingsRequest().restoreAll(all).recordingIds(list)
                        .siteUrl(site)), 0.05);
    }

    private record UrlParts(String scheme, String host, String port, String path) {
    }

    // a defect applied to the body of a call (a new body: generated values are never changed in place)
    private static UnaryOperator<Call> body(Consumer<RestoreRecordingsRequest> change) {
        return call -> {
            if (call.body() == null) {
                return call;
            }
            RestoreRecordingsRequest copy = new RestoreRecordingsRequest().restoreAll(call.body().getRestoreAll())
                    .recordingIds(call.body().getRecordingIds() == null ? null
                            : new ArrayList<>(call.body().getRecordingIds()))
                    .siteUrl(call.body().getSiteUrl());
            change.accept(copy);
            return new Call(copy, call.hostEmail());
        };
    }

    private static List<String> hexIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("%032x", i + 1));
        }
        return ids;
    }

    private static List<String> withFirstRepeated(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        copy.add(ids.get(0));
        return copy;
    }

    private static List<String> withANullInTheMiddle(List<String> ids) {
        List<String> copy = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
        copy.add(copy.size() / 2, null);
        return copy;
    }
}
