package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.CertificateService;
import org.smenet.training.domain.Certificate;
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
@RequestMapping("/api/training/certificates")
@Tag(name = "Certificates", description = "Open Badges 3.0 credentials earned by completing a session")
public class CertificateController {

    private final CertificateService certificates;

    public CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{id}")
    public ResponseEntity<CertificateView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Certificate certificate = certificates.get(actor, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(certificate.version())).body(CertificateView.of(certificate));
    }

    @PostMapping("/{id}/revocation")
    public ResponseEntity<CertificateView> revoke(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        Certificate revoked = certificates.revoke(actor, id, reason == null ? null : reason.reason());
        return ResponseEntity.ok().eTag(IfMatch.etag(revoked.version())).body(CertificateView.of(revoked));
    }
}
