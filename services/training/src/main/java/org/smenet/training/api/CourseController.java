package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.CourseRequest;
import org.smenet.training.app.CourseService;
import org.smenet.training.app.SessionRequest;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/training/courses")
@Tag(name = "Courses", description = "Training and capacity-building courses and their sessions")
public class CourseController {

    private final CourseService courses;
    private final SessionService sessions;

    public CourseController(CourseService courses, SessionService sessions) {
        this.courses = courses;
        this.sessions = sessions;
    }

    @PostMapping
    public ResponseEntity<CourseView> publish(Actor actor, @Valid @RequestBody CourseRequest request) {
        Course course = courses.publish(actor, request);
        return ResponseEntity.created(URI.create("/api/training/courses/" + course.id()))
                .eTag(IfMatch.etag(course.version())).body(CourseView.of(course));
    }

    @GetMapping
    public PageView<CourseView> list(
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) CourseTopic topic,
            @RequestParam(required = false) @Pattern(regexp = Patterns.HS) String hs,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(courses.list(economy, topic, hs, PageQuery.of(page, size, Sort.by("title", "_id"))),
                CourseView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<CourseView> get(@PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Course course = courses.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(course.version())).body(CourseView.of(course));
    }

    @PostMapping("/{id}/sessions")
    public ResponseEntity<SessionView> schedule(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody SessionRequest request) {
        Session session = sessions.schedule(actor, id, request);
        return ResponseEntity.created(URI.create("/api/training/sessions/" + session.id()))
                .eTag(IfMatch.etag(session.version())).body(SessionView.of(session, actor, true));
    }

    @GetMapping("/{id}/sessions")
    public List<SessionView> sessions(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Course course = courses.get(id);
        boolean provider = course.providedBy(actor.org()) && actor.actsFor(course.economy());
        return sessions.ofCourse(id).stream().map(s -> SessionView.of(s, actor, provider)).toList();
    }
}
