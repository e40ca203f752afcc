package org.smenet.training.api;

import org.smenet.kit.errors.Problems;
import org.smenet.training.domain.InvalidTraining;
import org.smenet.training.domain.SessionRuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The training rules as problem responses: a broken seat or certificate rule is 409, bad input 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(SessionRuleViolation.class)
    ResponseEntity<ProblemDetail> rule(SessionRuleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.rule(), violation.getMessage(), null);
        problem.setProperty("rule", violation.rule());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidTraining.class)
    ResponseEntity<ProblemDetail> invalid(InvalidTraining invalid) {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", invalid.getMessage(), invalid.field()));
    }
}
