package org.smenet.training.app;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Schedule a session of a course. */
public record SessionRequest(
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull Instant enrolmentDeadline,
        @Min(1) @Max(10_000) int capacity,
        boolean waitlistEnabled,
        @Size(max = 300) String location) {
}
