package org.smenet.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageView;
import org.smenet.training.app.NetworkEnrolmentService;
import org.smenet.training.store.NetworkCourses;
import org.springframework.data.domain.PageImpl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An SME's requests to enrol in other economies' online courses, in one list (its training page's). */
@RestController
@Tag(name = "Network enrolments")
public class NetworkEnrolmentListController {

    /** A request with the course's title from the network catalogue, when the catalogue still lists it. */
    public record MyNetworkEnrolmentView(String courseTitle, NetworkEnrolmentController.NetworkEnrolmentView request) {
    }

    private final NetworkEnrolmentService service;
    private final NetworkCourses catalogue;

    public NetworkEnrolmentListController(NetworkEnrolmentService service, NetworkCourses catalogue) {
        this.service = service;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/training/network/enrolments")
    @Operation(summary = "The actor's organisation's requests to other economies' online courses, newest first (at "
            + "most 200), each with the answer to its current version; empty for an actor who made none")
    public PageView<MyNetworkEnrolmentView> mine(Actor actor) {
        var views = service.mine(actor).stream().map(e -> new MyNetworkEnrolmentView(
                catalogue.find(e.courseId()).map(c -> c.course().title()).orElse(null),
                NetworkEnrolmentController.NetworkEnrolmentView.of(e))).toList();
        return PageView.of(new PageImpl<>(views), v -> v);
    }
}
