package org.smenet.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.registry.app.EnterpriseRequest;
import org.smenet.registry.app.EnterpriseService;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.store.EnterpriseFilter;
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
@RequestMapping("/api/registry/enterprises")
@Tag(name = "Enterprises", description = "SMEs of this economy: register, keep the profile, verify, suspend")
public class EnterpriseController {

    private final EnterpriseService service;
    private final ReferenceData reference;

    public EnterpriseController(EnterpriseService service, ReferenceData reference) {
        this.service = service;
        this.reference = reference;
    }

    @PostMapping
    @Operation(summary = "Register the acting SME's enterprise in its economy (economy and owner from the token)")
    public ResponseEntity<EnterpriseView> register(Actor actor, @Valid @RequestBody EnterpriseRequest request) {
        Enterprise enterprise = service.register(actor, request);
        return ResponseEntity.created(URI.create("/api/registry/enterprises/" + enterprise.id()))
                .eTag(IfMatch.etag(enterprise.version())).body(view(actor, enterprise));
    }

    @GetMapping
    @Operation(summary = "List enterprises of an economy (own economy in full, others' network-public ones)")
    public PageView<EnterpriseView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ISIC) String isic,
            @RequestParam(required = false) @Pattern(regexp = Patterns.HS) String hs,
            @RequestParam(required = false) CooperationType cooperation,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ID) String cluster,
            @RequestParam(required = false) Boolean verified,
            @RequestParam(required = false) @Size(min = 2, max = 100) String name,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (economy != null && !reference.isApecEconomy(economy)) {
            throw RuleViolation.invalid("economy", economy + " is not an APEC economy");
        }
        if (isic != null && !reference.isIsicCode(isic)) {
            throw RuleViolation.invalid("isic", isic + " is not an ISIC Rev.4 code");
        }
        if (hs != null && !reference.isHsCode(hs)) {
            throw RuleViolation.invalid("hs", hs + " is not an HS 2022 code");
        }
        var filter = new EnterpriseFilter(economy, isic, hs, cooperation, cluster, verified, name, false);
        var found = service.search(actor, filter, PageQuery.of(page, size, Sort.by("legalNameLower", "_id")));
        var certificates = service.certificates(found.getContent().stream().map(Enterprise::id).toList());
        return PageView.of(found, e -> EnterpriseView.of(e, actor, service.access(), reference,
                certificates.get(e.id())));
    }

    @GetMapping("/mine")
    @Operation(summary = "The enterprises of the signed-in SME (its organisation, in its economy), with their contact; "
            + "empty for anyone who is not an SME")
    public PageView<EnterpriseView> mine(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var found = service.mine(actor, PageQuery.of(page, size, Sort.by("registeredAt", "_id")));
        var certificates = service.certificates(found.getContent().stream().map(Enterprise::id).toList());
        return PageView.of(found, e -> EnterpriseView.of(e, actor, service.access(), reference,
                certificates.get(e.id())));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EnterpriseView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.get(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the profile and contact (the enterprise itself); fields left out are cleared. "
            + "Needs If-Match with the ETag read: 428 without it, 412 when someone changed it meanwhile")
    public ResponseEntity<EnterpriseView> update(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Valid @RequestBody EnterpriseRequest request) {
        return respond(actor, service.updateProfile(actor, id, request, IfMatch.require(ifMatch)));
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Verify a registered enterprise (a designated verifier of its economy)")
    public ResponseEntity<EnterpriseView> verify(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.verify(actor, id));
    }

    @PostMapping("/{id}/suspension")
    public ResponseEntity<EnterpriseView> suspend(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return respond(actor, service.suspend(actor, id, reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/reinstatement")
    public ResponseEntity<EnterpriseView> reinstate(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return respond(actor, service.reinstate(actor, id, reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/deactivation")
    public ResponseEntity<EnterpriseView> deactivate(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return respond(actor, service.deactivate(actor, id, reason == null ? null : reason.reason()));
    }

    private ResponseEntity<EnterpriseView> respond(Actor actor, Enterprise enterprise) {
        return ResponseEntity.ok().eTag(IfMatch.etag(enterprise.version())).body(view(actor, enterprise));
    }

    private EnterpriseView view(Actor actor, Enterprise e) {
        return EnterpriseView.of(e, actor, service.access(), reference,
                service.certificates(java.util.List.of(e.id())).get(e.id()));
    }
}
