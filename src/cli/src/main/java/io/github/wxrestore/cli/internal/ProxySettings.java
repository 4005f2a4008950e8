package io.github.wxrestore.cli.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which proxy a run goes through, decided as curl decides it, for the run's one base URL ({@link #route}):
 * <ol>
 *   <li>{@code --proxy URL}; {@code --proxy ''} for no proxy at all (the variables and the JVM's own settings
 *       ignored);</li>
 *   <li>else the variable of the base URL's scheme, lower case first: {@code https_proxy}, {@code HTTPS_PROXY};
 *       {@code http_proxy}, {@code HTTP_PROXY} (curl reads the last only in lower case, a guard for CGI scripts,
 *       which this is not). Never for the embedded sandbox: it runs in this process, on loopback, where no
 *       corporate proxy reaches;</li>
 *   <li>{@code no_proxy}, else {@code NO_PROXY} ({@link NoProxyList}): the hosts that go around whichever proxy
 *       1 or 2 chose;</li>
 *   <li>none of these: the JVM's own settings ({@code -Dhttps.proxyHost}...), as before.</li>
 * </ol>
 * An empty variable counts as unset. Reads the variables given, never the process's own. Immutable.
 */
public final class ProxySettings {

    /** The option, as named in messages. */
    public static final String OPTION = "--proxy";

    private final String option;
    private final ProxyUrl optionProxy;
    private final Map<String, String> variables;

    private ProxySettings(String option, ProxyUrl optionProxy, Map<String, String> variables) {
        this.option = option;
        this.optionProxy = optionProxy;
        this.variables = variables;
    }

    /**
     * Reads {@code --proxy} (null when not given) at once; the variables are read by {@link #route}.
     *
     * @throws UsageProblem for a {@code --proxy} that is not an http:// proxy URL (its credentials not shown)
     */
    public static ProxySettings of(String option, Map<String, String> variables) {
        ProxyUrl parsed = option == null || option.isBlank() ? null : ProxyUrl.parse(option, OPTION);
        return new ProxySettings(option, parsed, Map.copyOf(variables));
    }

    /**
     * The route of every call to {@code baseUrl} ({@code http} or {@code https}, already checked).
     *
     * @param embeddedSandbox true for {@code --sandbox}: no proxy variable applies
     * @throws UsageProblem for a proxy variable that is not an http:// proxy URL, naming the variable
     */
    public ProxyRoute route(String baseUrl, boolean embeddedSandbox) {
        URI target = URI.create(baseUrl);
        boolean https = "https".equalsIgnoreCase(target.getScheme());
        int port = target.getPort() >= 0 ? target.getPort() : https ? 443 : 80;
        if (option != null && option.isBlank()) {
            return ProxyRoute.direct(OPTION + " ''");
        }
        ProxyUrl proxy = optionProxy;
        if (proxy == null && !embeddedSandbox) {
            proxy = variable(https ? "https_proxy" : "http_proxy");
        }
        if (proxy == null) {
            return ProxyRoute.jvmDefault(https);
        }
        String noProxyName = variables.containsKey("no_proxy") && !variables.get("no_proxy").isBlank() ? "no_proxy"
                : "NO_PROXY";
        NoProxyList noProxy = NoProxyList.parse(variables.get(noProxyName));
        if (noProxy.matches(target.getHost(), port)) {
            return ProxyRoute.direct(target.getHost() + " is in " + noProxyName);
        }
        return ProxyRoute.through(proxy);
    }

    // the lower-case variable, else the upper-case one; an empty one counts as unset
    private ProxyUrl variable(String lowerCase) {
        for (String name : List.of(lowerCase, lowerCase.toUpperCase(Locale.ROOT))) {
            String value = variables.get(name);
            if (value != null && !value.isBlank()) {
                return ProxyUrl.parse(value, name);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "ProxySettings{--proxy " + (optionProxy != null ? optionProxy : option == null ? "not given" : "''")
                + ", variables not shown}";
    }
}
