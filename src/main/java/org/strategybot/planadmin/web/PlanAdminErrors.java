package org.strategybot.planadmin.web;

import java.util.ConcurrentModificationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.strategybot.planadmin.ImportRefused;
import org.strategybot.planadmin.TooLarge;

/** The answers particular to the plan's upkeep; the rest are the API's own (system/web/ApiErrors). */
@RestControllerAdvice(basePackageClasses = PlanAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanAdminErrors {

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /** Refused rows when applying: 400, with the same report a dry run gives, so every reason is there to act on. */
    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("report", e.report());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ConcurrentModificationException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentModificationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}
