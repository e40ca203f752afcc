package org.smenet.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.consultation.app.NetworkSubmissionService;
import org.smenet.consultation.app.SubmissionRequest;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.consultation.store.NetworkConsultations;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PublicConsultation;
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

/**
 * Consultations open to the whole network, of this economy and of every peer (read-only, from the public
 * topics), and submissions to other economies' ones: made here, carried to the consultation's node as a
 * public request event, answered by it with an event.
 */
@RestController
@RequestMapping("/api/consultation/network/consultations")
@Tag(name = "Network consultations", description = "Consultations of the whole network; cross-border submissions")
public class NetworkConsultationController {

    private final NetworkSubmissionService service;

    public NetworkConsultationController(NetworkSubmissionService service) {
        this.service = service;
    }

    @GetMapping
    public PageView<PublicConsultation> list(Actor actor, @RequestParam(required = false) ConsultationStatus status,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.consultations(status, economy, PageQuery.of(page, size, Sort.by("_id"))),
                NetworkConsultations.Entry::consultation);
    }

    @GetMapping("/{consultationId}")
    public PublicConsultation get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String consultationId) {
        return service.consultation(consultationId).consultation();
    }

    @PostMapping("/{consultationId}/submissions")
    @Operation(summary = "Respond to another economy's consultation",
            description = "Checked here against its questions (open, before closing); never confidential (400 "
                    + "`confidential`: it would cross on a public topic). 202: the consultation's node answers "
                    + "with an event; the status shows it.")
    public ResponseEntity<NetworkSubmissionView> submit(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @Valid @RequestBody SubmissionRequest request) {
        NetworkSubmission made = service.submit(actor, consultationId, request);
        return ResponseEntity.accepted().location(URI.create("/api/consultation/network/consultations/"
                        + consultationId + "/submissions/" + made.id()))
                .eTag(IfMatch.etag(made.version())).body(NetworkSubmissionView.of(made));
    }

    @GetMapping("/{consultationId}/submissions/{id}")
    public ResponseEntity<NetworkSubmissionView> own(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        NetworkSubmission s = service.own(actor, consultationId, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(s.version())).body(NetworkSubmissionView.of(s));
    }

    @PutMapping("/{consultationId}/submissions/{id}")
    public ResponseEntity<NetworkSubmissionView> edit(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String consultationId,
            @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Valid @RequestBody SubmissionRequest request) {
        IfMatch precondition = IfMatch.require(ifMatch);
        NetworkSubmission s = service.edit(actor, consultationId, id, precondition, request);
        return ResponseEntity.accepted().eTag(IfMatch.etag(s.version())).body(NetworkSubmissionView.of(s));
    }
}
