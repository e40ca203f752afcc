package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.training.store.NetworkCourses;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/training/network/courses")
@Tag(name = "Network courses", description = "Network-visible courses of this economy and every peer (read-only)")
public class NetworkCourseController {

    public record NetworkCourseView(CoursePublished course, String origin, Instant listedAt) {
    }

    private final NetworkCourses catalogue;

    public NetworkCourseController(NetworkCourses catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    public PageView<NetworkCourseView> list(
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) CourseTopic topic,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(catalogue.list(economy, topic, PageQuery.of(page, size, Sort.by("course.title", "_id"))),
                NetworkCourseController::view);
    }

    @GetMapping("/{id}")
    public NetworkCourseView get(@PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return view(catalogue.find(id).orElseThrow(() -> RuleViolation.notFound("Network course", id)));
    }

    private static NetworkCourseView view(NetworkCourses.Entry entry) {
        return new NetworkCourseView(entry.course(), entry.origin(), entry.listedAt());
    }
}
