package org.smenet.training.app;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.smenet.kit.web.Patterns;

/** Names the enterprise an enrolment, cancellation, attendance or completion is about. */
public record EnrolmentRequest(@NotNull @Pattern(regexp = Patterns.ID) String enterpriseId) {
}
