package org.smenet.matchmaking.api;

import org.smenet.kit.errors.Problems;
import org.smenet.matchmaking.domain.LifecycleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A lifecycle step out of order is a 409 problem naming the rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(LifecycleViolation.class)
    ResponseEntity<ProblemDetail> lifecycle(LifecycleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.rule(), violation.getMessage(), null);
        problem.setProperty("rule", violation.rule());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
