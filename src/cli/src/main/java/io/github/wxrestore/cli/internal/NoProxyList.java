package io.github.wxrestore.cli.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts that go around the proxy, from {@code NO_PROXY} as curl reads it: entries separated by commas or
 * white space; {@code *} matches every host; an IP address (IPv6 with or without brackets) matches that address,
 * and with {@code /BITS} a range ({@code 10.0.0.0/8}); any other entry is a host name that matches itself and every
 * name under it, with or without a leading dot or {@code *.} ({@code example.com}, {@code .example.com} and
 * {@code *.example.com} all match {@code example.com} and {@code api.example.com}), in any case. An entry may end
 * with {@code :PORT} to match that port only (as Go and Python read it; curl ignores such entries). Names are
 * never resolved, so {@code 127.0.0.1} does not match {@code localhost}, and loopback goes through the proxy
 * unless listed. An entry it cannot read matches nothing. Immutable.
 */
public final class NoProxyList {

    /** Matches no host. */
    public static final NoProxyList NONE = new NoProxyList(List.of(), "");

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f.]*:[0-9a-f:.]*");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    /** One entry: every host, a host name and its subdomains, or an address range; a port, or -1 for any. */
    private record Entry(boolean everything, String name, byte[] address, int bits, int port) {
        boolean matches(String host, byte[] hostAddress, int hostPort) {
            if (port >= 0 && port != hostPort) {
                return false;
            }
            if (everything) {
                return true;
            }
            if (name != null) {
                return hostAddress == null && (host.equals(name) || host.endsWith("." + name));
            }
            return hostAddress != null && hostAddress.length == address.length && sameLeadingBits(hostAddress);
        }

        private boolean sameLeadingBits(byte[] other) {
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Entry> entries;
    private final String text;

    private NoProxyList(List<Entry> entries, String text) {
        this.entries = entries;
        this.text = text;
    }

    /** Reads a list such as {@code localhost,127.0.0.1,.corp.example.com,10.0.0.0/8}; null or blank: {@link #NONE}. */
    public static NoProxyList parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String item : SEPARATORS.split(value.strip())) {
            Entry entry = entry(item);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new NoProxyList(List.copyOf(entries), value.strip());
    }

    /** True when a request to {@code host} (a name or an IP literal, IPv6 with or without brackets) on {@code port}
     * goes around the proxy. */
    public boolean matches(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        byte[] address = literal(name);
        for (Entry entry : entries) {
            if (entry.matches(name, address, port)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The list as given. */
    @Override
    public String toString() {
        return text;
    }

    // null for an entry that cannot match anything (an empty one, a port that is not a number)
    private static Entry entry(String item) {
        if (item.equals("*")) {
            return new Entry(true, null, null, 0, -1);
        }
        String rest = item.toLowerCase(Locale.ROOT);
        int bits = -1;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String suffix = rest.substring(slash + 1);
            if (!DIGITS.matcher(suffix).matches()) {
                return null;
            }
            bits = Integer.parseInt(suffix);
            rest = rest.substring(0, slash);
        }
        int port = -1;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                return null;
            }
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":") || !DIGITS.matcher(after.substring(1)).matches()) {
                    return null;
                }
                port = Integer.parseInt(after.substring(1));
            }
            rest = rest.substring(1, close);
        } else if (rest.indexOf(':') >= 0 && rest.indexOf(':') == rest.lastIndexOf(':')) {
            String after = rest.substring(rest.indexOf(':') + 1);
            if (!DIGITS.matcher(after).matches()) {
                return null;
            }
            port = Integer.parseInt(after);
            rest = rest.substring(0, rest.indexOf(':'));
        }
        byte[] address = literal(rest);
        if (address != null) {
            int all = address.length * 8;
            return bits > all ? null : new Entry(false, null, address, bits < 0 ? all : bits, port);
        }
        if (rest.startsWith("*.")) {
            rest = rest.substring(1); // *.example.com, as Go reads it: the same as .example.com
        }
        while (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() || bits >= 0 ? null : new Entry(false, rest, null, 0, port);
    }

    // the bytes of an IPv4 or IPv6 literal, never a name lookup; null for anything else
    private static byte[] literal(String text) {
        if (IPV4.matcher(text).matches()) {
            for (String part : text.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        } else if (!IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            // in brackets, the JDK parses an IPv6 literal or refuses it: it never looks the text up
            return InetAddress.getByName(text.indexOf(':') >= 0 ? "[" + text + "]" : text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
