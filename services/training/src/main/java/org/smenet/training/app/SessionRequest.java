package org.smenet.training.app;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Schedule a session of a course; without {@code waitlistEnabled} the session keeps no waitlist. */
public record SessionRequest(
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull Instant enrolmentDeadline,
        @NotNull @Min(1) @Max(10_000) Integer capacity,
        Boolean waitlistEnabled,
        @Size(max = 300) String location) {
}
