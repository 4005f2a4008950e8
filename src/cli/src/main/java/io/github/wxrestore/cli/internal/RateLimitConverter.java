package io.github.wxrestore.cli.internal;

import io.github.wxrestore.sandbox.SandboxFaults;
import picocli.CommandLine;

import java.time.Duration;

/** Reads a sandbox rate limit as {@code N/DURATION}: {@code 10/1s} admits 10 requests per second. */
public final class RateLimitConverter implements CommandLine.ITypeConverter<SandboxFaults.RateLimit> {

    @Override
    public SandboxFaults.RateLimit convert(String value) {
        int slash = value.indexOf('/');
        if (slash < 1) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a rate limit: write requests/window,"
                    + " such as 10/1s");
        }
        int max;
        try {
            max = Integer.parseInt(value.substring(0, slash).strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + value.substring(0, slash)
                    + " is not a whole number of requests");
        }
        Duration window = DurationConverter.parse(value.substring(slash + 1));
        try {
            return new SandboxFaults.RateLimit(max, window);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
        }
    }
}
