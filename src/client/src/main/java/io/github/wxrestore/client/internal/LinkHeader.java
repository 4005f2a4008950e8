package io.github.wxrestore.client.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code Link} response headers as RFC 8288 writes them: any number of header fields, each a comma list of
 * link-values {@code <target>; param=value; param="quoted value"}, with optional whitespace anywhere the grammar
 * allows it, commas inside the target or a quoted value, {@code rel} quoted or not, with one or several relation
 * types (compared without regard to case), and only the first {@code rel} of a link counted (section 3.3). A
 * field that does not parse is refused whole rather than read in part: a next link missed in a half-read header
 * would end a listing early without a word. Stateless.
 */
final class LinkHeader {

    /** One link-value: its target exactly as written between {@code <} and {@code >}, and its relation types. */
    record Link(String target, List<String> relations) {
    }

    /** A header field that is not an RFC 8288 {@code Link}; the message says where and why. */
    static final class UnreadableLinkException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableLinkException(String message) {
            super(message);
        }
    }

    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final String field;
    private int at;

    private LinkHeader(String field) {
        this.field = field;
    }

    /** The target of the first link, over all fields in order, whose {@code rel} holds {@code next}. */
    static Optional<String> next(List<String> fields) throws UnreadableLinkException {
        for (String field : fields) {
            for (Link link : new LinkHeader(field).links()) {
                if (link.relations().contains("next")) {
                    return Optional.of(link.target());
                }
            }
        }
        return Optional.empty();
    }

    /** Every link of one field value, in order. */
    static List<Link> parse(String field) throws UnreadableLinkException {
        return new LinkHeader(field).links();
    }

    // Link = #link-value; link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
    private List<Link> links() throws UnreadableLinkException {
        List<Link> links = new ArrayList<>();
        while (true) {
            skipWhitespaceAndCommas(); // a list may have empty elements
            if (at == field.length()) {
                return links;
            }
            expect('<');
            int close = field.indexOf('>', at);
            if (close < 0) {
                throw unreadable("a target that opens with '<' and never closes");
            }
            String target = field.substring(at, close);
            at = close + 1;
            links.add(new Link(target, relations(params())));
        }
    }

    // the value of the first rel parameter, or null when there is none
    private String params() throws UnreadableLinkException {
        String rel = null;
        boolean relSeen = false;
        while (true) {
            skipWhitespace();
            if (at == field.length() || field.charAt(at) == ',') {
                return rel;
            }
            expect(';');
            skipWhitespace();
            String name = token();
            if (name.isEmpty()) {
                throw unreadable("a parameter without a name");
            }
            skipWhitespace();
            String value = "";
            if (at < field.length() && field.charAt(at) == '=') {
                at++;
                skipWhitespace();
                value = at < field.length() && field.charAt(at) == '"' ? quoted() : token();
            }
            if (name.equalsIgnoreCase("rel") && !relSeen) {
                rel = value;
                relSeen = true;
            }
        }
    }

    private static List<String> relations(String rel) {
        if (rel == null || rel.isBlank()) {
            return List.of();
        }
        return Arrays.stream(rel.strip().split("[ \t]+")).map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }

    // quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
    private String quoted() throws UnreadableLinkException {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < field.length()) {
            char c = field.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (at == field.length()) {
                    break;
                }
                c = field.charAt(at++);
            }
            value.append(c);
        }
        throw unreadable("a quoted value that never closes");
    }

    private String token() {
        int start = at;
        while (at < field.length() && isTokenChar(field.charAt(at))) {
            at++;
        }
        return field.substring(start, at);
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || TCHAR_SYMBOLS.indexOf(c) >= 0;
    }

    private void expect(char c) throws UnreadableLinkException {
        if (at == field.length() || field.charAt(at) != c) {
            throw unreadable("'" + c + "' expected");
        }
        at++;
    }

    private void skipWhitespace() {
        while (at < field.length() && (field.charAt(at) == ' ' || field.charAt(at) == '\t')) {
            at++;
        }
    }

    private void skipWhitespaceAndCommas() {
        while (at < field.length() && (field.charAt(at) == ' ' || field.charAt(at) == '\t'
                || field.charAt(at) == ',')) {
            at++;
        }
    }

    private UnreadableLinkException unreadable(String what) {
        return new UnreadableLinkException(what + " at character " + (at + 1) + " of " + field.length());
    }
}
