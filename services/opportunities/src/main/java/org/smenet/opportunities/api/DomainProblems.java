package org.smenet.opportunities.api;

import org.smenet.kit.errors.Problems;
import org.smenet.opportunities.domain.InvalidOpportunity;
import org.smenet.opportunities.domain.LifecycleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's rules as problem responses: a forbidden transition is 409, a bad value 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(LifecycleViolation.class)
    ResponseEntity<ProblemDetail> lifecycle(LifecycleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.rule(), violation.getMessage(),
                violation.field());
        problem.setProperty("rule", violation.rule());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidOpportunity.class)
    ResponseEntity<ProblemDetail> invalid(InvalidOpportunity invalid) {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", invalid.getMessage(), invalid.field()));
    }
}
