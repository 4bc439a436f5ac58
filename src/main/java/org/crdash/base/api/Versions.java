package org.crdash.base.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.base.InvalidParameterException;

/**
 * Optimistic locking over HTTP. A row's ETag is its version ({@code "3"}); a change to it names the version the
 * client loaded in {@code If-Match} ({@code "3"} or {@code W/"3"}) and/or in a {@code version} field of the
 * body. Without either the change is refused (428); a stale one gives the service's conflict (409).
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"|(\\d{1,9})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private Versions() {
    }

    /** The ETag of a row at {@code version}: the version, quoted. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client expects the row to be at.
     *
     * @param ifMatch     the {@code If-Match} header, or {@code null}
     * @param bodyVersion the body's {@code version} field as sent (a JSON number or string), or {@code null}
     * @param what        the resource, for the message, e.g. {@code "observation #12"}
     * @throws PreconditionRequiredException when neither is given
     * @throws InvalidParameterException     when one is malformed or the two disagree
     */
    public static int expected(String ifMatch, String bodyVersion, String what) {
        Integer fromHeader = fromIfMatch(ifMatch, what);
        Integer fromBody = fromBody(bodyVersion);
        if (fromHeader == null && fromBody == null) {
            throw new PreconditionRequiredException("Say which version of " + what + " you are changing: send the "
                    + "ETag you got from GET as If-Match (e.g. If-Match: \"3\") or a \"version\" field. Without "
                    + "it the change could overwrite someone else's.");
        }
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new InvalidParameterException(IF_MATCH, "If-Match names version " + fromHeader + " but the body's "
                    + "\"version\" is " + fromBody + "; send one version.");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    private static Integer fromIfMatch(String header, String what) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.equals("*")) {
            throw new PreconditionRequiredException("If-Match: * does not say which version of " + what + " you "
                    + "loaded; send its ETag, e.g. If-Match: \"3\".");
        }
        Matcher m = ENTITY_TAG.matcher(h);
        if (!m.matches()) {
            throw new InvalidParameterException(IF_MATCH, "If-Match must be one ETag as GET returns it, e.g. "
                    + "\"3\" or W/\"3\", not " + abbreviate(h));
        }
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static Integer fromBody(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String v = version.strip();
        if (!NUMBER.matcher(v).matches()) {
            throw new InvalidParameterException("version", "\"version\" must be the whole number GET returned, not "
                    + abbreviate(v));
        }
        return Integer.parseInt(v);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
