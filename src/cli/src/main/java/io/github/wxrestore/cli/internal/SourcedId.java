package io.github.wxrestore.cli.internal;

/**
 * A recording ID as read, with where it came from ({@code ids.txt line 7}, {@code --ids value 2}), so that a
 * problem is reported where the person can fix it.
 *
 * @param id     the ID, without surrounding whitespace
 * @param origin where it was read
 */
public record SourcedId(String id, String origin) {
}
