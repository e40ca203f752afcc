package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.registry.domain.FocalPoint;
import org.smenet.registry.store.FocalPointStore;
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
    private final FocalPointStore store;

    public FocalPointController(FocalPointService service, FocalPointStore store) {
        this.service = service;
        this.store = store;
    }

    @PostMapping
    public ResponseEntity<FocalPoint> designate(Actor actor, @Valid @RequestBody FocalPointRequest request) {
        FocalPoint focalPoint = service.designate(actor, request);
        return ResponseEntity.created(URI.create("/api/registry/focal-points/" + focalPoint.id())).body(focalPoint);
    }

    @GetMapping
    public PageView<FocalPoint> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String economy,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(store.list(economy, active, PageQuery.of(page, size, Sort.by("name", "_id"))), f -> f);
    }

    @GetMapping("/{id}")
    public FocalPoint get(Actor actor, @PathVariable @Pattern(regexp = EnterpriseController.ID) String id) {
        return service.get(id);
    }

    @PostMapping("/{id}/revocation")
    public FocalPoint revoke(Actor actor, @PathVariable @Pattern(regexp = EnterpriseController.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return service.revoke(actor, id, reason == null ? null : reason.reason());
    }
}
