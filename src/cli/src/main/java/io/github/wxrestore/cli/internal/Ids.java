package io.github.wxrestore.cli.internal;

import java.util.List;

/** Short renderings of ID lists for people: never a whole list of a hundred IDs on one line. */
final class Ids {

    private Ids() {
    }

    /** {@code 3 IDs: a, b, c} or {@code 100 IDs: first ... last}. */
    static String summary(List<String> ids) {
        if (ids.isEmpty()) {
            return "everything in the recycle bin";
        }
        String count = ids.size() + (ids.size() == 1 ? " ID" : " IDs");
        if (ids.size() <= 3) {
            return count + ": " + String.join(", ", ids);
        }
        return count + ": " + ids.get(0) + " ... " + ids.get(ids.size() - 1);
    }

    static String plural(int n, String thing) {
        return count(n, thing, thing + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
