package org.crdash.base.write;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database refused a write because its author (created_by, updated_by, …, an audit entry's actor) is no account:
 * every author is one ({@code V181__every_author_an_account.sql}, foreign keys named {@code *_account_fk}). Nothing
 * was written. The API answers 403, the editor forms say so.
 */
public class UnknownAuthorException extends DataIntegrityViolationException {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z_]+_account_fk)\"");
    private static final Pattern KEY = Pattern.compile("Key \\([a-z_]+\\)=\\((.*?)\\) is not present");

    private final @Nullable String author;

    UnknownAuthorException(@Nullable String author, SQLException cause) {
        super((author == null ? "The author" : "'" + author + "'")
                + " has no account here; only the team's accounts change data. Nothing was saved.", cause);
        this.author = author;
    }

    public @Nullable String author() {
        return author;
    }

    /** This exception for a violation of an author's foreign key, else null (for the next translator). */
    static @Nullable UnknownAuthorException of(@Nullable SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String message = s.getMessage() == null ? "" : s.getMessage();
            if (FOREIGN_KEY_VIOLATION.equals(s.getSQLState()) && CONSTRAINT.matcher(message).find()) {
                Matcher key = KEY.matcher(message);
                return new UnknownAuthorException(key.find() ? key.group(1) : null, s);
            }
        }
        return null;
    }
}
