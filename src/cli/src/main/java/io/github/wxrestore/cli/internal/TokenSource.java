package io.github.wxrestore.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the access token comes from: {@code --token-file} when given, else {@code WEBEX_ACCESS_TOKEN}; never a
 * command-line value, which every user of the machine can read in the process list. No message shows the token.
 */
public final class TokenSource {

    /** The environment variable read for the token. */
    public static final String VARIABLE = "WEBEX_ACCESS_TOKEN";

    private static final int MAX_FILE_BYTES = 64 * 1024;

    private TokenSource() {
    }

    /** The token and, for {@code --verbose}, where it came from. */
    public record Token(String value, String origin) {
        @Override
        public String toString() {
            return "Token{from " + origin + ", value not shown}";
        }
    }

    /**
     * The token, or a {@link UsageProblem} saying how to give one; {@code warn} hears a token file that other users
     * can read (as ssh warns of a key file).
     */
    public static Token resolve(Path tokenFile, Map<String, String> variables, Consumer<String> warn) {
        if (tokenFile != null) {
            Token token = new Token(readFile(tokenFile), "--token-file " + tokenFile);
            readableByOthers(tokenFile).ifPresent(mode -> warn.accept("warning: --token-file " + tokenFile
                    + " can be read by other users (" + mode + "): chmod 600 " + tokenFile));
            return token;
        }
        String value = variables.get(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new UsageProblem("no access token: set " + VARIABLE + ", or put it in a file and give --token-file "
                    + "FILE (never on the command line, where other users can see it)");
        }
        return new Token(value.strip(), VARIABLE);
    }

    // the file's mode when its group or other users may read it; empty on a file system without POSIX modes
    private static Optional<String> readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            return mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)
                    ? Optional.of(PosixFilePermissions.toString(mode)) : Optional.empty();
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
    }

    private static String readFile(Path file) {
        // at most one byte past the bound, whatever the file claims its size is (/dev/zero claims 0)
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new UsageProblem("--token-file " + file + ": larger than any token (" + MAX_FILE_BYTES
                        + " bytes at most)");
            }
            // the first line; a trailing newline is what most editors add
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new UsageProblem("--token-file " + file + " is empty");
            }
            return text;
        } catch (NoSuchFileException e) {
            throw new UsageProblem("--token-file " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageProblem("--token-file " + file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }
}
