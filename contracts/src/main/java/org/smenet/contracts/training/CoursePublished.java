package org.smenet.contracts.training;

import java.time.Instant;
import java.util.List;

/**
 * A course as published by its provider focal point. Carries nothing confidential, so the same record is
 * the network-public listing of a network-visible course.
 */
public record CoursePublished(
        String courseId,
        String economy,
        String providerOrg,
        String title,
        String summary,
        CourseTopic topic,
        CourseLevel level,
        String language,
        Delivery delivery,
        String location,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> prerequisites,
        String certification,
        boolean networkVisible,
        Instant publishedAt) {
}
