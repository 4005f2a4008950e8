package io.github.wxrestore.reliability;

import io.github.wxrestore.generated.model.RestoreRecordingsRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
    static Arbitrary<Call> calls() {
        Arbitrary<Call> withDefects = Combinators.combine(validCalls(), defects(), defects())
                .as((call, first, second) -> second.apply(first.apply(call)));
        Arbitrary<Call> noise = Combinators.combine(noiseBodies(), Arbitraries.oneOf(hostEmails(), hostileText())
                .injectNull(0.3)).as(Call::new);
        return Arbitraries.frequencyOf(Tuple.of(4, validCalls()), Tuple.of(5, withDefects), Tuple.of(1, noise));
    }

    /** Calls that keep every documented rule, with values as odd as the rules allow. */
    static Arbitrary<Call> validCalls() {
        Arbitrary<RestoreRecordingsRequest> someIds = Combinators.combine(
                Arbitraries.of(false).injectNull(0.5), validIdLists(), hostNames().injectNull(0.5))
                .as((all, ids, site) -> new RestoreRecordingsRequest().restoreAll(all).recordingIds(ids).siteUrl(site));
        Arbitrary<RestoreRecordingsRequest> everything = Combinators.combine(
                Arbitraries.<List<String>>create(ArrayList::new).injectNull(0.5), hostNames().injectNull(0.5))
                .as((ids, site) -> new RestoreRecordingsRequest().restoreAll(true).recordingIds(ids).siteUrl(site));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(4, someIds), Tuple.of(1, everything)),
                plausibleEmails().injectNull(0.5)).as(Call::new);
    }

    /** One thing wrong with a call, as callers get it wrong. */
    static Arbitrary<UnaryOperator<Call>> defects() {
        return Arbitraries.oneOf(
                hostileText().map(text -> body(b -> b.addRecordingIdsItem(text))),
                Arbitraries.integers().between(101, 130).map(n -> body(b -> b.recordingIds(hexIds(n)))),
                Arbitraries.just(body(b -> b.recordingIds(b.getRecordingIds() == null || b.getRecordingIds()
                        .isEmpty() ? new ArrayList<>(List.of("a", "a")) : withFirstRepeated(b.getRecordingIds())))),
                Arbitraries.just(body(b -> b.recordingIds(withNull(b.getRecordingIds())))),
                Arbitraries.just(body(b -> b.restoreAll(true).recordingIds(hexIds(3)))),
                Arbitraries.just(body(b -> b.restoreAll(false).recordingIds(new ArrayList<>()))),
                Arbitraries.just(body(b -> b.restoreAll(null).recordingIds(null))),
                Arbitraries.strings().withChars("abcdef").ofLength(257).map(id -> body(b -> b.addRecordingIdsItem(id))),
                urls().map(url -> body(b -> b.siteUrl(url))),
                hostileText().map(text -> body(b -> b.siteUrl(text))),
                Arbitraries.oneOf(malformedEmails(), hostileText()).map(email -> call -> new Call(call.body(), email)),
                Arbitraries.just(call -> new Call(null, call.hostEmail())));
    }

    /** Anything a caller might type or paste: empty, blank, control characters, unicode, very long, injections. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars(WHITESPACE).ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars(UNICODE).ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().alpha().numeric().ofMinLength(250).ofMaxLength(400),
                Arbitraries.of("", " ", "null", "%00", "%0d%0aX-Injected: 1", "../../etc/passwd",
                        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://example.invalid/x}",
                        "\"quoted\"", "a\u0000b", "\r\nX-Injected: 1"));
    }

    /** 1 to 100 distinct IDs: mostly Webex-like hex, some with any printable ASCII, up to the 256-character limit. */
    static Arbitrary<List<String>> validIdLists() {
        Arbitrary<String> id = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withChars(HEX).ofLength(32)),
                Tuple.of(2, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofLength(256)));
        return id.list().uniqueElements().ofMinSize(1).ofMaxSize(100).map(ArrayList::new);
    }

    /** Host names of two to five labels, mixed case, up to the 63-character label limit. */
    static Arbitrary<String> hostNames() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', 'Q', 'Z')
                .ofMinLength(1).ofMaxLength(63)
                .filter(l -> !l.startsWith("-") && !l.endsWith("-"));
        return label.list().ofMinSize(0).ofMaxSize(2).map(labels -> {
            List<String> all = new ArrayList<>(labels);
            all.add("webex");
            all.add("com");
            return String.join(".", all);
        });
    }

    /** Site URLs with schemes, ports, paths, queries and credentials: what people paste where a host belongs. */
    static Arbitrary<String> urls() {
        return Combinators.combine(
                Arbitraries.of("https://", "http://", "ftp://", "//", "", "HTTPS://", "https://user:pw@"), hostNames(),
                Arbitraries.of(":443", ":8080", ":0", ":99999", ":", ""),
                Arbitraries.of("/", "/meet/abc", "?site=x", "#frag", "/../..", "/%2e%2e", ""))
                .as(Tuple::of)
                .filter(parts -> !(parts.get1() + parts.get3() + parts.get4()).isEmpty()) // never a bare host
                .map(parts -> parts.get1() + parts.get2() + parts.get3() + parts.get4());
    }

    /** local@domain with RFC 5322 punctuation ({@code + & # % = ...}), unicode names and IDN domains. */
    static Arbitrary<String> plausibleEmails() {
        Arbitrary<String> atom = Arbitraries.strings().alpha().numeric().withChars(ATEXT_PUNCTUATION)
                .withChars("üéß中øж").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms));
        Arbitrary<String> domain = Arbitraries.oneOf(hostNames(), Arbitraries.of("bücher.example", "例え.jp",
                "xn--bcher-kva.example", "EXAMPLE.COM"));
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    /** Addresses that are wrong in ways people get them wrong, and some that try to break the query string. */
    static Arbitrary<String> malformedEmails() {
        return Arbitraries.of("", " ", "@example.com", "ann@", "ann", "ann@@example.com", "ann@example",
                "a b@example.com", "ann@example..com", ".ann@example.com", "ann.@example.com", "ann..x@example.com",
                "ann@-example.com", "ann@exa mple.com", "\"quoted local\"@example.com", "ann@[127.0.0.1]",
                "ann@localhost", " ann@example.com", "ann@example.com ", "ann@example.com\r\nX-Injected: 1",
                "ann@example.com&hostEmail=admin@example.com", "ann@example.com#fragment", "ann@example.com?x=1",
                "x".repeat(65) + "@example.com", "ann@" + "d".repeat(64) + ".com",
                "ann@" + ("d".repeat(63) + ".").repeat(4) + "com", "ann@ex\u0000ample.com", "ann\u202e@example.com",
                "ann@example.com/", "mailto:ann@example.com");
    }

    /** Any e-mail-like text: plausible, malformed or hostile. */
    static Arbitrary<String> hostEmails() {
        return Arbitraries.frequencyOf(Tuple.of(3, plausibleEmails()), Tuple.of(2, malformedEmails()),
                Tuple.of(1, hostileText()));
    }

    // bodies of pure noise: any restoreAll, any list of any strings (nulls included), any siteUrl
    private static Arbitrary<RestoreRecordingsRequest> noiseBodies() {
        Arbitrary<List<String>> ids = hostileText().injectNull(0.05).list().ofMaxSize(120).map(ArrayList::new);
        return Combinators.combine(Arbitraries.of(true, false).injectNull(0.3), ids.injectNull(0.2),
                Arbitraries.oneOf(hostileText(), urls(), hostNames()).injectNull(0.3))
                .as((all, list, site) -> new RestoreRecordingsRequest().restoreAll(all).recordingIds(list)
                        .siteUrl(site))
                .injectNull(0.05);
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

    private static List<String> withNull(List<String> ids) {
        List<String> copy = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
        copy.add(copy.size() / 2, null);
        return copy;
    }
}
