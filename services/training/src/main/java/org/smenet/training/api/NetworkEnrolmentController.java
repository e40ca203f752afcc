package org.smenet.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.EnrolmentRequest;
import org.smenet.training.app.NetworkEnrolmentService;
import org.smenet.training.domain.NetworkEnrolment;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment of this node's enterprises in other economies' online courses, by request event and answer event. */
@RestController
@Validated
@RequestMapping("/api/training/network/courses/{courseId}/enrolments")
@Tag(name = "Network enrolments", description = "Cross-border enrolment in other economies' online courses")
public class NetworkEnrolmentController {

    /** The request and the course's node's answer to its current version ({@code PENDING} until it arrives). */
    public record NetworkEnrolmentView(String id, long version, String courseId, String courseEconomy,
            String enterpriseId, String status, String sessionId, String reason, String detail, Instant requestedAt,
            Instant answeredAt) {

        static NetworkEnrolmentView of(NetworkEnrolment e) {
            return new NetworkEnrolmentView(e.id(), e.version(), e.courseId(), e.targetEconomy(), e.enterpriseId(),
                    e.status().name(), e.sessionId(), e.reason(), e.detail(), e.requestedAt(), e.answeredAt());
        }
    }

    private final NetworkEnrolmentService service;

    public NetworkEnrolmentController(NetworkEnrolmentService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Ask another economy's node to enrol your enterprise in its online course",
            description = "202: the course's node places it (seat or waitlist of its next open session) or refuses, "
                    + "by event; the status shows the answer. After a rejection, asking again sends a new version.")
    public ResponseEntity<NetworkEnrolmentView> request(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String courseId, @Valid @RequestBody EnrolmentRequest body) {
        NetworkEnrolment e = service.request(actor, courseId, body.enterpriseId());
        return ResponseEntity.accepted()
                .location(URI.create("/api/training/network/courses/" + courseId + "/enrolments/" + e.id()))
                .eTag(IfMatch.etag(e.version())).body(NetworkEnrolmentView.of(e));
    }

    @GetMapping("/{id}")
    public ResponseEntity<NetworkEnrolmentView> get(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String courseId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        NetworkEnrolment e = service.own(actor, courseId, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(e.version())).body(NetworkEnrolmentView.of(e));
    }
}
