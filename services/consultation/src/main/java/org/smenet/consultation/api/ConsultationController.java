package org.smenet.consultation.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.consultation.app.ConsultationAccess;
import org.smenet.consultation.app.ConsultationRequest;
import org.smenet.consultation.app.ConsultationService;
import org.smenet.consultation.app.ModerationRequests;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Summary;
import org.smenet.consultation.domain.SummaryCsv;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
@RequestMapping("/api/consultation/consultations")
@Tag(name = "Consultations", description = "Policy consultations of a government focal point with businesses")
public class ConsultationController {

    private final ConsultationService consultations;
    private final ConsultationAccess access;

    public ConsultationController(ConsultationService consultations, ConsultationAccess access) {
        this.consultations = consultations;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<ConsultationView> draft(Actor actor, @Valid @RequestBody ConsultationRequest request) {
        Consultation c = consultations.draft(actor, request);
        return ResponseEntity.created(URI.create("/api/consultation/consultations/" + c.id()))
                .eTag(IfMatch.etag(c.version())).body(ConsultationView.of(c, true));
    }

    @GetMapping
    public PageView<ConsultationView> list(Actor actor,
            @RequestParam(required = false) ConsultationStatus status,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(consultations.list(actor, status, economy,
                PageQuery.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))),
                c -> ConsultationView.of(c, c.openingOrg().equals(actor.org()) && c.economy().equals(actor.economy())));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ConsultationView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, consultations.visible(actor, id));
    }

    @PutMapping("/{id}")
    public ResponseEntity<ConsultationView> replace(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Valid @RequestBody ConsultationRequest request) {
        IfMatch precondition = IfMatch.require(ifMatch);
        return respond(actor, consultations.replace(actor, id, precondition, request));
    }

    @PostMapping("/{id}/opening")
    public ResponseEntity<ConsultationView> open(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, consultations.open(actor, id));
    }

    /** Writes the outcome note of a closed consultation (again, until published: then it is frozen, 409). */
    @PostMapping("/{id}/summary")
    public ResponseEntity<ConsultationView> summarise(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody ModerationRequests.Summarising request) {
        return respond(actor, consultations.summarise(actor, id, request.outcome()));
    }

    @PostMapping("/{id}/publication")
    public ResponseEntity<ConsultationView> publish(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, consultations.publish(actor, id));
    }

    @GetMapping(path = "/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    public SummaryView summary(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Consultation c = consultations.visible(actor, id);
        Summary summary = consultations.summary(actor, id);
        return SummaryView.of(summary, c.status() == ConsultationStatus.PUBLISHED);
    }

    @GetMapping(path = "/{id}/summary", produces = "text/csv")
    public ResponseEntity<String> summaryCsv(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        Summary summary = consultations.summary(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"consultation-" + id + "-summary.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(SummaryCsv.of(summary));
    }

    private ResponseEntity<ConsultationView> respond(Actor actor, Consultation c) {
        return ResponseEntity.ok().eTag(IfMatch.etag(c.version()))
                .body(ConsultationView.of(c, access.isOpeningFocalPoint(actor, c)));
    }
}
