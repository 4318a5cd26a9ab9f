package org.strategybot.system.web;

import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** REST errors as RFC 9457 problem details, with a message a person can act on and no stack trace. */
@RestControllerAdvice(basePackages = "org.strategybot")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /**
     * The application's refusals are IllegalArgumentExceptions whose message is written for the caller; one that
     * wraps another exception (Date.from wraps an ArithmeticException for a year out of range) carries that
     * exception's name instead, which is for the log.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        if (e.getCause() != null) {
            log.info("Refused a REST request: {}", e.toString());
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A value in the request is out of range or not valid.");
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "a different value" : e.getRequiredType().getSimpleName().toLowerCase();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' must be " + ("boolean".equals(type) ? "true or false" : "a " + type) + ".");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail storeDown(DataAccessException e) {
        log.error("Store unavailable while answering a REST request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The store is not answering; try again shortly.");
    }
}
