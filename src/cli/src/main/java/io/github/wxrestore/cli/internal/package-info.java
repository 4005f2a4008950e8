/**
 * The command line's parts: option converters, reading IDs and the token, output for people and for scripts,
 * logging. Not public API: it may change at any time.
 */
package io.github.wxrestore.cli.internal;
