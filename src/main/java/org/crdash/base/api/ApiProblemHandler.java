package org.crdash.base.api;

import java.net.URI;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the REST and export endpoints: 400 for a bad parameter (named in
 * {@code detail} and in the {@code parameter} property), 404 for an unknown key or id.
 * Spring's own 400s (e.g. a non-numeric path id) come from the problem-details handler Spring Boot registers.
 */
@RestControllerAdvice
class ApiProblemHandler {

    /** Problem types (RFC 9457 §3.1.1); not dereferenceable, they only tell the two kinds apart. */
    static final URI INVALID_PARAMETER = URI.create("urn:crdash:problem:invalid-parameter");
    static final URI NOT_FOUND = URI.create("urn:crdash:problem:not-found");

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }
}
