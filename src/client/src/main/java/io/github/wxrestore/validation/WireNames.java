package io.github.wxrestore.validation;

/** The name on the wire of an enum constant that stands for a field or parameter: {@code SITE_URL} is {@code siteUrl}. */
final class WireNames {

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = false;
        for (char c : constant.name().toCharArray()) {
            if (c != '_') {
                out.append(wordStart ? c : Character.toLowerCase(c));
            }
            wordStart = c == '_';
        }
        return out.toString();
    }
}
