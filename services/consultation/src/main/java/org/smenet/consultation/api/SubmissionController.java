package org.smenet.consultation.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.consultation.app.ModerationRequests;
import org.smenet.consultation.app.SubmissionRequest;
import org.smenet.consultation.app.SubmissionService;
import org.smenet.consultation.domain.Submission;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consultation/consultations/{consultationId}/submissions")
@Tag(name = "Submissions", description = "Responses of enterprises, business associations and chambers")
public class SubmissionController {

    private final SubmissionService submissions;

    public SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @PostMapping
    public ResponseEntity<SubmissionView> submit(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @Valid @RequestBody SubmissionRequest request) {
        Submission s = submissions.submit(actor, consultationId, request);
        return ResponseEntity.created(URI.create("/api/consultation/consultations/" + consultationId + "/submissions/"
                + s.id())).eTag(IfMatch.etag(s.version())).body(SubmissionView.of(s));
    }

    @GetMapping
    public PageView<SubmissionView> list(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(submissions.list(actor, consultationId, PageQuery.of(page, size, Sort.by("submittedAt", "_id"))),
                SubmissionView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<SubmissionView> get(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(submissions.get(actor, consultationId, id));
    }

    @PutMapping("/{id}")
    public ResponseEntity<SubmissionView> edit(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Valid @RequestBody SubmissionRequest request) {
        IfMatch precondition = IfMatch.require(ifMatch);
        return respond(submissions.edit(actor, consultationId, id, precondition, request));
    }

    @PostMapping("/{id}/hiding")
    public ResponseEntity<SubmissionView> hide(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody ModerationRequests.Hiding request) {
        return respond(submissions.hide(actor, consultationId, id, request.reason()));
    }

    private static ResponseEntity<SubmissionView> respond(Submission s) {
        return ResponseEntity.ok().eTag(IfMatch.etag(s.version())).body(SubmissionView.of(s));
    }
}
