package org.smenet.training.api;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;
import org.smenet.training.domain.Course;

public record CourseView(String id, long version, String economy, String providerOrg, String title, String summary,
        CourseTopic topic, CourseLevel level, String language, Delivery delivery, String location,
        List<String> hsCodes, List<String> isicCodes, List<String> prerequisites, String certification,
        String certificateValidity, boolean networkVisible, Instant publishedAt) {

    static CourseView of(Course c) {
        return new CourseView(c.id(), c.version(), c.economy(), c.providerOrg(), c.title(), c.summary(), c.topic(),
                c.level(), c.language(), c.delivery(), c.location(), c.hsCodes(), c.isicCodes(), c.prerequisites(),
                c.certification(), c.certificateValidity(), c.networkVisible(), c.publishedAt());
    }
}
