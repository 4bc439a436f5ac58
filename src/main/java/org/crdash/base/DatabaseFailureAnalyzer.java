package org.crdash.base;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach / log in to the database" into one line naming the URL and how to fix it,
 * instead of leaving a long stack trace as the only message.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && isConnectionProblem(e)) {
                sql = e;
                break;
            }
        }
        if (sql == null) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url");
        String where = url == null || url.isBlank() ? "the embedded PostgreSQL" : url;
        String description = "Cannot use the database at " + where + ": " + firstLine(sql.getMessage())
                + " (SQLState " + sql.getSQLState() + ")";
        String action = url == null || url.isBlank()
                ? "Check that the data directory (app.db.embedded.data-dir) is writable and not used by another app, "
                        + "or point SPRING_DATASOURCE_URL at an external PostgreSQL."
                : "Check that PostgreSQL is running at " + url + " and that SPRING_DATASOURCE_USERNAME / "
                        + "SPRING_DATASOURCE_PASSWORD are right and the database exists — or unset "
                        + "SPRING_DATASOURCE_URL to use the embedded database.";
        return new FailureAnalysis(description, action, sql);
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") // connection exception
                || state.startsWith("28")                // invalid authorization
                || state.equals("3D000"));               // database does not exist
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
