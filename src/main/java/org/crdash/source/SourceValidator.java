package org.crdash.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.crdash.base.DatePrecision;
import org.springframework.stereotype.Component;

/**
 * The rules for a new source, shared by the form and imports. Text is stored as entered, never as HTML: a title
 * like {@code <script>} is kept literally and every view renders it as text.
 */
@Component
public class SourceValidator {

    public static final int MAX_TEXT = 5_000_000;
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A validated source, ready to insert. */
    public record SourceDraft(String title, String author, String publisher, LocalDate publishedStart,
                              DatePrecision publishedPrecision, String publishedText, String url, String fullText,
                              String sha256) {

        /** Key of a user-added source: derived from its text, so it is stable and unique. */
        public String key() {
            return "user-" + sha256.substring(0, 16) + ".txt";
        }
    }

    private final SourceRepository repository;
    private final Clock clock;

    SourceValidator(SourceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Checked<SourceDraft> check(SourceInput in) {
        return check(in, null);
    }

    /** @param exceptId the source being written again (the seed's own article is not its own duplicate), or null */
    public Checked<SourceDraft> check(SourceInput in, Long exceptId) {
        Checks c = new Checks();
        String title = c.line("title", "The title", in.title(), true, 500);
        String author = c.line("author", "The author", in.author(), false, 500);
        String publisher = c.line("publisher", "The publisher", in.publisher(), false, 500);
        String publishedText = c.line("publishedText", "The date as the text states it", in.publishedText(),
                false, 500);
        DatePrecision precision = null;
        String p = in.publishedPrecision() == null || in.publishedPrecision().isBlank() ? "unknown"
                : in.publishedPrecision().strip();
        try {
            precision = DatePrecision.ofCode(p);
        } catch (IllegalArgumentException e) {
            c.add("publishedPrecision", "'" + p + "' is not a date precision; choose day, month, year or unknown.");
        }
        LocalDate published = precision == null ? null : publishedDate(c, in.publishedDate(), precision);
        String url = url(c, in.url());
        String text = normalizeText(in.fullText());
        text = c.verbatim("fullText", "The full text", text, true, MAX_TEXT);
        String sha = null;
        if (text != null) {
            sha = sha256(text);
            Optional<Source> same = repository.findLiveBySha(sha).filter(o -> !Long.valueOf(o.id()).equals(exceptId));
            if (same.isPresent()) {
                c.add("fullText", "This text is already stored as source '" + same.get().title() + "' ("
                        + same.get().sourceKey() + "); quote from that one instead of adding it twice.");
            }
        }
        if (!c.ok()) {
            return Checked.failed(c.errors());
        }
        return Checked.ok(new SourceDraft(title, author, publisher, published, precision, publishedText, url, text,
                sha));
    }

    private LocalDate publishedDate(Checks c, String value, DatePrecision precision) {
        String v = value == null ? "" : value.strip();
        if (precision == DatePrecision.UNKNOWN) {
            if (!v.isEmpty()) {
                c.add("publishedPrecision", "A date is given, so its precision cannot be 'unknown'; choose day, "
                        + "month or year.");
            }
            return null;
        }
        if (v.isEmpty()) {
            c.add("publishedDate", "Give the date (precision " + precision.code() + "), or set the precision to "
                    + "'unknown'.");
            return null;
        }
        LocalDate date;
        try {
            if (DAY.matcher(v).matches()) {
                date = LocalDate.parse(v);
            } else if (MONTH.matcher(v).matches()) {
                date = YearMonth.parse(v).atDay(1);
            } else if (YEAR.matcher(v).matches()) {
                date = LocalDate.of(Integer.parseInt(v), 1, 1);
            } else {
                c.add("publishedDate", "'" + v + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.");
                return null;
            }
        } catch (DateTimeException e) {
            c.add("publishedDate", "'" + v + "' is not a valid date.");
            return null;
        }
        boolean fits = switch (precision) {
            case DAY -> DAY.matcher(v).matches();
            case MONTH -> !YEAR.matcher(v).matches();
            case YEAR, UNKNOWN -> true;
        };
        if (!fits) {
            c.add("publishedDate", "'" + v + "' gives only a year, but the precision says " + precision.code()
                    + "; give the full date or choose precision 'year'.");
            return null;
        }
        if (date.getYear() < 1800) {
            c.add("publishedDate", "'" + v + "' is before 1800; check the year.");
            return null;
        }
        LocalDate normalized = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            case UNKNOWN -> null;
        };
        if (normalized != null && normalized.isAfter(LocalDate.now(clock))) {
            c.add("publishedDate", "'" + v + "' is in the future; a source cannot be published after today ("
                    + LocalDate.now(clock) + ").");
            return null;
        }
        return normalized;
    }

    private static String url(Checks c, String value) {
        String v = c.line("url", "The URL", value, false, 2000);
        if (v == null) {
            return null;
        }
        if (!URL.matcher(v).matches()) {
            c.add("url", "'" + abbreviate(v) + "' is not a web address; it must start with http:// or https:// "
                    + "and contain no spaces.");
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                c.add("url", "'" + abbreviate(v) + "' has no host name.");
                return null;
            }
        } catch (URISyntaxException e) {
            c.add("url", "'" + abbreviate(v) + "' is not a valid web address: " + e.getReason() + ".");
            return null;
        }
        return v;
    }

    /**
     * How a text is stored: without a byte-order mark and with {@code \n} line breaks, so that offsets of a
     * selection in the browser's text area are offsets in the stored text.
     */
    public static String normalizeText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
