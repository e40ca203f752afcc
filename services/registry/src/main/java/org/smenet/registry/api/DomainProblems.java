package org.smenet.registry.api;

import org.smenet.kit.errors.Problems;
import org.smenet.registry.domain.InvalidProfile;
import org.smenet.registry.domain.LifecycleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry's domain rules as problem responses: a broken lifecycle is 409, a bad code 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(LifecycleViolation.class)
    ResponseEntity<ProblemDetail> lifecycle(LifecycleViolation violation) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(withRule(Problems.of(HttpStatus.CONFLICT, violation.rule(), violation.getMessage(), null),
                        violation.rule()));
    }

    @ExceptionHandler(InvalidProfile.class)
    ResponseEntity<ProblemDetail> invalid(InvalidProfile invalid) {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", invalid.getMessage(), invalid.field()));
    }

    private static ProblemDetail withRule(ProblemDetail problem, String rule) {
        problem.setProperty("rule", rule);
        return problem;
    }
}
