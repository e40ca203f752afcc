package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.CertificateService;
import org.smenet.training.app.EnrolmentRequest;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Session;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/training/sessions")
@Tag(name = "Sessions", description = "Seats, waitlist, attendance and completion")
public class SessionController {

    private final SessionService sessions;
    private final CertificateService certificates;

    public SessionController(SessionService sessions, CertificateService certificates) {
        this.sessions = sessions;
        this.certificates = certificates;
    }

    @GetMapping("/{id}")
    public ResponseEntity<SessionView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Session session = sessions.get(id);
        boolean provider = session.providerOrg().equals(actor.org()) && actor.actsFor(session.economy());
        return ResponseEntity.ok().eTag(IfMatch.etag(session.version())).body(SessionView.of(session, actor, provider));
    }

    /** 201 with status ENROLLED (a seat) or WAITLISTED (a place in line). */
    @PostMapping("/{id}/enrolments")
    public ResponseEntity<EnrolmentView> enrol(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody EnrolmentRequest request) {
        Session.Change change = sessions.enrol(actor, id, request.enterpriseId());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(change.session().version()))
                .body(EnrolmentView.of(change, request.enterpriseId()));
    }

    @PostMapping("/{id}/cancellations")
    public ResponseEntity<EnrolmentView> cancel(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody EnrolmentRequest request) {
        return changed(sessions.cancel(actor, id, request.enterpriseId()), request.enterpriseId());
    }

    @PostMapping("/{id}/attendance")
    public ResponseEntity<EnrolmentView> attend(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody EnrolmentRequest request) {
        return changed(sessions.attend(actor, id, request.enterpriseId()), request.enterpriseId());
    }

    /** Records the completion and answers with the certificate issued for it. */
    @PostMapping("/{id}/completions")
    public ResponseEntity<CertificateView> complete(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String id, @Valid @RequestBody EnrolmentRequest request) {
        Certificate certificate = certificates.complete(actor, id, request.enterpriseId());
        return ResponseEntity.created(URI.create("/api/training/certificates/" + certificate.id()))
                .eTag(IfMatch.etag(certificate.version())).body(CertificateView.of(certificate));
    }

    private static ResponseEntity<EnrolmentView> changed(Session.Change change, String enterpriseId) {
        return ResponseEntity.ok().eTag(IfMatch.etag(change.session().version()))
                .body(EnrolmentView.of(change, enterpriseId));
    }
}
