package org.smenet.contracts.training;

import java.time.Instant;

/** A dated session of a course, with its seats and enrolment deadline. */
public record SessionScheduled(
        String sessionId,
        String economy,
        String courseId,
        String providerOrg,
        Instant startsAt,
        Instant endsAt,
        Instant enrolmentDeadline,
        int capacity,
        boolean waitlistEnabled,
        String location,
        Instant scheduledAt) {
}
