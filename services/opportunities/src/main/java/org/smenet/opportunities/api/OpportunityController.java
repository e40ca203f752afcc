package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.app.OpportunityRequest;
import org.smenet.opportunities.app.OpportunityService;
import org.smenet.opportunities.domain.Opportunity;
import org.smenet.opportunities.store.OpportunityFilter;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Validated
@RequestMapping("/api/opportunities/opportunities")
@Tag(name = "Opportunities", description = "Trade, investment and technology opportunities: draft, review, publish, search")
public class OpportunityController {

    private final OpportunityService service;
    private final ReferenceData reference;

    public OpportunityController(OpportunityService service, ReferenceData reference) {
        this.service = service;
        this.reference = reference;
    }

    @PostMapping
    @Operation(summary = "Draft an opportunity (an SME for its enterprise, or a trade-development focal point)")
    public ResponseEntity<OpportunityView> draft(Actor actor, @Valid @RequestBody OpportunityRequest request) {
        Opportunity o = service.draft(actor, request);
        return ResponseEntity.created(URI.create("/api/opportunities/opportunities/" + o.id()))
                .eTag(IfMatch.etag(o.version())).body(OpportunityView.of(o));
    }

    @GetMapping
    @Operation(summary = "Search published opportunities (own economy's and network-visible ones); codes match by prefix. "
            + "mine=true: the actor's own opportunities in every status (or the status named), newest first")
    public PageView<OpportunityView> search(Actor actor,
            @RequestParam(required = false) List<OpportunityKind> kind,
            @RequestParam(required = false) @Pattern(regexp = Patterns.HS) String hs,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ISIC) String isic,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String origin,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String target,
            @RequestParam(required = false) Instant deadlineBefore,
            @RequestParam(required = false) @Size(min = 2, max = 100) String text,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "newest") @Pattern(regexp = "newest|deadline") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        for (String economy : new String[] {origin, target}) {
            if (economy != null && !reference.isApecEconomy(economy)) {
                throw RuleViolation.invalid(economy.equals(origin) ? "origin" : "target", economy + " is not an APEC economy");
            }
        }
        if (isic != null && !reference.isIsicCode(isic)) {
            throw RuleViolation.invalid("isic", isic + " is not an ISIC Rev.4 code");
        }
        if (hs != null && !reference.isHsCode(hs)) {
            throw RuleViolation.invalid("hs", hs + " is not an HS 2022 code");
        }
        Sort order = sort.equals("deadline") ? Sort.by(Sort.Order.asc("details.deadline"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
        if (mine) {
            // the actor's own, in every status (or the one named); the other filters do not apply
            return PageView.of(service.mine(actor, status, PageQuery.of(page, size,
                    Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))), OpportunityView::of);
        }
        var filter = new OpportunityFilter(kind, hs, isic, origin, target, deadlineBefore, text, status, null, null);
        return PageView.of(service.search(actor, filter, PageQuery.of(page, size, order)), OpportunityView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<OpportunityView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(service.get(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft (the publisher); needs If-Match: 428 without it, 412 when stale")
    public ResponseEntity<OpportunityView> revise(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Valid @RequestBody OpportunityRequest request) {
        return respond(service.revise(actor, id, request, IfMatch.require(ifMatch)));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit a draft for review (the publisher)")
    public ResponseEntity<OpportunityView> submit(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(service.submit(actor, id));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a submitted opportunity before review: a draft again (the publisher). If-Match is "
            + "optional: 412 when stale; 409 (field status) unless submitted")
    public ResponseEntity<OpportunityView> withdraw(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return respond(service.withdraw(actor, id, optional(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a draft (the publisher): it stays as a tombstone with status DISCARDED and its event, "
            + "out of the publisher's list. If-Match is optional: 412 when stale; 409 (field status) unless a draft")
    public ResponseEntity<OpportunityView> discard(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return respond(service.discard(actor, id, optional(ifMatch)));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish: a trade-development focal point of the publisher's economy (its own drafts directly)")
    public ResponseEntity<OpportunityView> publish(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(service.publish(actor, id));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Reject a submitted opportunity with a reason (a trade-development focal point)")
    public ResponseEntity<OpportunityView> reject(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return respond(service.reject(actor, id, reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/closure")
    public ResponseEntity<OpportunityView> close(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(service.close(actor, id));
    }

    @PostMapping("/{id}/archival")
    public ResponseEntity<OpportunityView> archive(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(service.archive(actor, id));
    }

    /** An optional precondition: absent means "whatever the current version is". */
    static IfMatch optional(String header) {
        return header == null ? null : IfMatch.require(header);
    }

    private static ResponseEntity<OpportunityView> respond(Opportunity o) {
        return ResponseEntity.ok().eTag(IfMatch.etag(o.version())).body(OpportunityView.of(o));
    }
}
