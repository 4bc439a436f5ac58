package org.crdash.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.crdash.base.InvalidParameterException;
import org.springframework.web.util.UriUtils;

/**
 * Control characters (U+0000–U+001F, U+007F–U+009F) in an API path or parameter. None of them belongs in a key,
 * a date or a flag, and PostgreSQL refuses NUL outright (a 500 if it got that far), so they are a 400 that names
 * the parameter.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The problem with the request's path or parameters, or {@code null} when they are clean. */
    static InvalidParameterException find(HttpServletRequest request, String rawPath) {
        String path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
        int at = first(path);
        if (at >= 0) {
            return new InvalidParameterException("path", "the path contains the control character "
                    + describe(path.charAt(at)) + " at position " + at + "; API paths never do");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (first(name) >= 0) {
                return new InvalidParameterException(printable(name), "the parameter name '" + printable(name)
                        + "' contains the control character " + describe(name.charAt(first(name))));
            }
            for (String value : parameter.getValue()) {
                int i = first(value);
                if (i >= 0) {
                    return new InvalidParameterException(name, "'" + name + "' contains the control character "
                            + describe(value.charAt(i)) + " at position " + i + "; no key, date or flag has one");
                }
            }
        }
        return null;
    }

    static int first(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(isControl((char) c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
