package org.smenet.consultation.api;

import org.smenet.consultation.domain.InvalidInput;
import org.smenet.consultation.domain.LifecycleViolation;
import org.smenet.kit.errors.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The consultation's domain rules as problem responses: a step the state forbids is 409, bad input 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(LifecycleViolation.class)
    ResponseEntity<ProblemDetail> lifecycle(LifecycleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.kind(), violation.getMessage(), null);
        problem.setProperty("rule", violation.kind());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid) {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", invalid.getMessage(), invalid.field()));
    }
}
