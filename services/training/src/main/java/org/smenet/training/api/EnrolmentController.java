package org.smenet.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageView;
import org.smenet.training.app.CourseService;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Course;
import org.springframework.data.domain.PageImpl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enrolments of the actor's own enterprises, across every course of this node (an SME's "my training"). */
@RestController
@Tag(name = "Sessions")
public class EnrolmentController {

    /** One place: the session and its course, the enterprise, where it stands (seat status or waitlist position). */
    public record MyEnrolmentView(String sessionId, String courseId, String courseTitle, String economy,
            Instant startsAt, Instant endsAt, String location, String enterpriseId, String status,
            int waitlistPosition) {
    }

    private final SessionService sessions;
    private final CourseService courses;

    public EnrolmentController(SessionService sessions, CourseService courses) {
        this.sessions = sessions;
        this.courses = courses;
    }

    @GetMapping("/api/training/enrolments")
    @Operation(summary = "The seats and waitlist places of the actor's organisation's enterprises, the latest session "
            + "first (at most 200 sessions); empty for an actor who holds none")
    public PageView<MyEnrolmentView> mine(Actor actor) {
        List<SessionService.Place> places = sessions.placesOf(actor);
        Map<String, String> titles = new HashMap<>();
        for (SessionService.Place p : places) {
            titles.computeIfAbsent(p.session().courseId(), id -> {
                try {
                    Course c = courses.get(id);
                    return c.title();
                } catch (RuntimeException gone) {
                    return null;
                }
            });
        }
        List<MyEnrolmentView> views = places.stream().map(p -> new MyEnrolmentView(p.session().id(),
                p.session().courseId(), titles.get(p.session().courseId()), p.session().economy(),
                p.session().startsAt(), p.session().endsAt(), p.session().location(), p.enterpriseId(), p.status(),
                p.waitlistPosition())).toList();
        return PageView.of(new PageImpl<>(views), v -> v);
    }
}
