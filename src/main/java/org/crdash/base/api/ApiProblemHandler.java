package org.crdash.base.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.ConflictException;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.NotFoundException;
import org.crdash.base.ValidationException;
import org.crdash.base.write.UnknownAuthorException;
import org.crdash.base.write.WarningsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the REST and export endpoints: 400 for a bad parameter (named in
 * {@code detail} and in the {@code parameter} property), 404 for an unknown key or id, 409 when someone else
 * changed the row since the client loaded it, 422 for an input the validators reject (every problem in
 * {@code errors}, each {@code {field, message}}), 409 also for a write with warnings not acknowledged (each in
 * {@code warnings}, {@code {code, field, message}}), 428 for a change that does not say which version it is based on.
 * 403 when the change's author has no account (the database refuses it).
 * 503 when the database does not answer in time (with {@code Retry-After}).
 * Spring's own 400s (e.g. a non-numeric path id, malformed JSON) and 415s come from the problem-details handler
 * Spring Boot registers; 401 and 403 from the security configuration.
 */
@RestControllerAdvice
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** Problem types (RFC 9457 §3.1.1); not dereferenceable, they only tell the two kinds apart. */
    static final URI INVALID_PARAMETER = URI.create("urn:crdash:problem:invalid-parameter");
    static final URI NOT_FOUND = URI.create("urn:crdash:problem:not-found");
    public static final URI VALIDATION = URI.create("urn:crdash:problem:validation");
    public static final URI CONFLICT = URI.create("urn:crdash:problem:conflict");
    public static final URI WARNINGS = URI.create("urn:crdash:problem:warnings");
    public static final URI PRECONDITION_REQUIRED = URI.create("urn:crdash:problem:precondition-required");
    static final URI FORBIDDEN = URI.create("urn:crdash:problem:forbidden");
    static final URI DATABASE_UNAVAILABLE = URI.create("urn:crdash:problem:database-unavailable");

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e);
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalidInput(ValidationException e) {
        int n = e.errors().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                n == 1 ? "1 field is not valid; nothing was saved." : n + " fields are not valid; nothing was saved.");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = e.errors().stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", f.field());
            m.put("message", f.message());
            return m;
        }).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(CONFLICT);
        problem.setTitle("Changed by someone else");
        if (e.changedBy() != null) {
            problem.setProperty("changedBy", e.changedBy());
            problem.setProperty("changedAt", e.changedAt().toString());
        }
        return problem;
    }

    /** The write has warnings not acknowledged: 409 with each in {@code warnings}; repeat with acknowledgeWarnings. */
    @ExceptionHandler(WarningsException.class)
    ProblemDetail warnings(WarningsException e) {
        int n = e.warnings().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, (n == 1 ? "1 warning" : n
                + " warnings") + "; nothing was saved. Check the figure, or send it again with "
                + Params.ACKNOWLEDGE_WARNINGS + "=true to save it anyway.");
        problem.setType(WARNINGS);
        problem.setTitle("Warnings to acknowledge");
        problem.setProperty("warnings", e.warnings().stream().map(w -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", w.code());
            m.put("field", w.field());
            m.put("message", w.message());
            return m;
        }).toList());
        return problem;
    }

    /**
     * The database did not answer within app.db.connect-timeout, or a statement ran past app.db.statement-timeout:
     * 503, nothing was changed, try again shortly (the pool reconnects by itself once the database is back).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class,
            TransientDataAccessResourceException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(NestedRuntimeException e) {
        log.warn("API request failed, database unavailable: {}", e.getMessage());
        boolean timeout = e instanceof QueryTimeoutException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, timeout
                ? "The database took too long to answer; nothing was changed. Try again in a moment."
                : "The database is not answering; nothing was changed. Try again in a moment.");
        problem.setType(DATABASE_UNAVAILABLE);
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** A write whose author has no account (the database refuses it, see UnknownAuthorException): 403. */
    @ExceptionHandler(UnknownAuthorException.class)
    ProblemDetail unknownAuthor(UnknownAuthorException e) {
        return problem(HttpStatus.FORBIDDEN, FORBIDDEN, "No account", e);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, PRECONDITION_REQUIRED, "Version required", e);
    }

    /** A problem whose detail is the exception's message. */
    private static ProblemDetail problem(HttpStatus status, URI type, String title, Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
