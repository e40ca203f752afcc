package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.app.SubscriptionRequest;
import org.smenet.opportunities.app.SubscriptionService;
import org.smenet.opportunities.delivery.Delivery;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/opportunities/subscriptions")
@Tag(name = "Subscriptions", description = "Filters and channels: signed webhooks, Atom, SSE, cursor replay")
public class SubscriptionController {

    static final String DELIVERY_ID = "[A-Za-z0-9:-]{1,140}";

    private final SubscriptionService service;

    public SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Subscribe (an agency, focal point or SME). A webhook target must pass the CloudEvents "
            + "abuse-protection handshake; its whsec_ secret is shown in this response only")
    public ResponseEntity<SubscriptionView> subscribe(Actor actor, @Valid @RequestBody SubscriptionRequest request) {
        var created = service.subscribe(actor, request);
        return ResponseEntity.created(URI.create("/api/opportunities/subscriptions/" + created.subscription().id()))
                .eTag(IfMatch.etag(created.subscription().version()))
                .body(SubscriptionView.of(created.subscription(), created.secret()));
    }

    @GetMapping
    public List<SubscriptionView> mine(Actor actor) {
        return service.mine(actor).stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<SubscriptionView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        var s = service.get(actor, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(s.version())).body(SubscriptionView.of(s, null));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> cancel(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        service.cancel(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/secret-rotation")
    @Operation(summary = "A new whsec_ secret (shown once); the old one keeps signing beside it for the overlap")
    public ResponseEntity<SubscriptionView> rotate(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        var rotated = service.rotate(actor, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(rotated.subscription().version()))
                .body(SubscriptionView.of(rotated.subscription(), rotated.secret()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log of a webhook subscription (the owner)")
    public PageView<DeliveryView> deliveries(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestParam(required = false) Delivery.Status status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.deliveries(actor, id, status, PageQuery.of(page, size, Sort.by("seq", "_id"))),
                DeliveryView::of);
    }

    @GetMapping("/{id}/dead-letters")
    @Operation(summary = "Deliveries that spent their retry budget (the owner)")
    public PageView<DeliveryView> deadLetters(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.deliveries(actor, id, Delivery.Status.DEAD,
                PageQuery.of(page, size, Sort.by("seq", "_id"))), DeliveryView::of);
    }

    @PostMapping("/{id}/dead-letters/{deliveryId}/replay")
    @Operation(summary = "Send a dead letter again with a fresh retry budget (the owner)")
    public DeliveryView replay(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @PathVariable @Pattern(regexp = DELIVERY_ID) String deliveryId) {
        return DeliveryView.of(service.replay(actor, id, deliveryId));
    }
}
