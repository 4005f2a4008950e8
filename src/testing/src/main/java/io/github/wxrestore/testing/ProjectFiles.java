package io.github.wxrestore.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the project that tests read: the spec, the docs, the examples, other modules' sources. The build
 * passes the root as {@code project.root} (and the spec as {@code api.spec}); a test started elsewhere (an IDE,
 * from a module's folder) finds the root by walking up to the folder that holds {@code api-spec/}.
 */
public final class ProjectFiles {

    private static final String SPEC = "api-spec/restore-recordings.yaml";

    private ProjectFiles() {
    }

    /** The project's root folder, absolute. */
    public static Path root() {
        String given = System.getProperty("project.root");
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SPEC))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + SPEC + " in " + Path.of("").toAbsolutePath()
                + " or above it: run the tests through Maven, or from inside the project");
    }

    /** A file or folder at {@code relative} from the root. */
    public static Path at(String relative) {
        return root().resolve(relative);
    }

    /** The spec the build generated from. */
    public static Path spec() {
        String given = System.getProperty("api.spec");
        return given != null ? Path.of(given) : at(SPEC);
    }
}
