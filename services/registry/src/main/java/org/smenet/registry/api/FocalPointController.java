package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.registry.app.FocalPointRequest;
import org.smenet.registry.app.FocalPointService;
import org.smenet.registry.domain.FocalPoint;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/focal-points")
@Tag(name = "Focal points", description = "Institutions an economy designates for its SMEs")
public class FocalPointController {

    private final FocalPointService service;

    public FocalPointController(FocalPointService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<FocalPointView> designate(Actor actor, @Valid @RequestBody FocalPointRequest request) {
        FocalPoint focalPoint = service.designate(actor, request);
        return ResponseEntity.created(URI.create("/api/registry/focal-points/" + focalPoint.id()))
                .eTag(IfMatch.etag(focalPoint.version())).body(view(actor, focalPoint));
    }

    @GetMapping
    public PageView<FocalPointView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.list(economy, active, PageQuery.of(page, size, Sort.by("name", "_id"))),
                f -> view(actor, f));
    }

    @GetMapping("/{id}")
    public ResponseEntity<FocalPointView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        FocalPoint focalPoint = service.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(focalPoint.version())).body(view(actor, focalPoint));
    }

    @PostMapping("/{id}/revocation")
    public ResponseEntity<FocalPointView> revoke(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        FocalPoint revoked = service.revoke(actor, id, reason == null ? null : reason.reason());
        return ResponseEntity.ok().eTag(IfMatch.etag(revoked.version())).body(view(actor, revoked));
    }

    private FocalPointView view(Actor actor, FocalPoint focalPoint) {
        return FocalPointView.of(focalPoint, actor, service.access());
    }
}
