package org.smenet.training.app;

import java.util.List;
import java.util.UUID;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.training.domain.Course;
import org.smenet.training.events.TrainingOutbox;
import org.smenet.training.store.CourseStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Courses: published by a focal point designated for TRAINING, which is then their provider. */
@Service
public class CourseService {

    private final CourseStore courses;
    private final TrainingOutbox outbox;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final ReferenceData reference;
    private final java.time.Clock clock;

    public CourseService(CourseStore courses, TrainingOutbox outbox, Authority authority, HostedEconomies hosted,
            ReferenceData reference, java.time.Clock clock) {
        this.courses = courses;
        this.outbox = outbox;
        this.authority = authority;
        this.hosted = hosted;
        this.reference = reference;
        this.clock = clock;
    }

    public Course publish(Actor actor, CourseRequest request) {
        hosted.requireHosted(actor);
        authority.requireFocalPoint(actor, actor.economy(), FocalPointFunction.TRAINING);
        List<String> hs = codes(request.hsCodes(), "hsCodes", reference::isHsCode);
        List<String> isic = codes(request.isicCodes(), "isicCodes", reference::isIsicCode);
        Course course = new Course(UUID.randomUUID().toString(), 1, actor.economy(), actor.org(),
                request.title().strip(), request.summary() == null ? "" : request.summary().strip(), request.topic(),
                request.level(), request.language(), request.delivery(), blankToNull(request.location()), hs, isic,
                request.prerequisites(), blankToNull(request.certification()), request.certificateValidity(),
                Boolean.TRUE.equals(request.networkVisible()), clock.instant());
        courses.insert(course, outbox.published(course));
        return course;
    }

    public Course get(String id) {
        return courses.find(id).orElseThrow(() -> RuleViolation.notFound("Course", id));
    }

    public Page<Course> list(String economy, CourseTopic topic, String hs, Pageable page) {
        return courses.list(economy, topic, hs, page);
    }

    /** Refuses unless {@code actor} is the course's provider, still a designated focal point for TRAINING. */
    public void requireProvider(Actor actor, Course course) {
        authority.requireFocalPoint(actor, course.economy(), FocalPointFunction.TRAINING);
        if (!course.providedBy(actor.org())) {
            throw RuleViolation.forbidden("Only the provider of course " + course.id() + " (" + course.providerOrg()
                    + ") may do this");
        }
    }

    private static List<String> codes(List<String> codes, String field, java.util.function.Predicate<String> real) {
        if (codes == null) {
            return List.of();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!real.test(codes.get(i))) {
                throw RuleViolation.invalid(field + "[" + i + "]", codes.get(i) + " is not a code of the classification");
            }
        }
        return codes.stream().distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
