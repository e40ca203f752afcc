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
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
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

    static final String ID = "[A-Za-z0-9-]{1,64}";

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
                .eTag("\"" + enterprise.version() + "\"")
                .body(view(actor, enterprise));
    }

    @GetMapping
    @Operation(summary = "List enterprises of an economy (own economy in full, others' network-public ones)")
    public PageView<EnterpriseView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String economy,
            @RequestParam(required = false) @Pattern(regexp = "[A-U]|\\d{2,4}") String isic,
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String hs,
            @RequestParam(required = false) CooperationType cooperation,
            @RequestParam(required = false) @Pattern(regexp = ID) String cluster,
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
        return PageView.of(service.search(actor, filter, PageQuery.of(page, size, Sort.by("legalNameLower", "_id"))),
                e -> view(actor, e));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EnterpriseView> get(Actor actor, @PathVariable @Pattern(regexp = ID) String id) {
        Enterprise enterprise = service.get(actor, id);
        return ResponseEntity.ok().eTag("\"" + enterprise.version() + "\"").body(view(actor, enterprise));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the profile (the enterprise itself); If-Match with the version guards lost updates")
    public ResponseEntity<EnterpriseView> update(Actor actor, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody EnterpriseRequest request) {
        Enterprise enterprise = service.updateProfile(actor, id, request, version(ifMatch));
        return ResponseEntity.ok().eTag("\"" + enterprise.version() + "\"").body(view(actor, enterprise));
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Verify a registered enterprise (a focal point of its economy)")
    public EnterpriseView verify(Actor actor, @PathVariable @Pattern(regexp = ID) String id) {
        return view(actor, service.verify(actor, id));
    }

    @PostMapping("/{id}/suspension")
    public EnterpriseView suspend(Actor actor, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return view(actor, service.suspend(actor, id, reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/reinstatement")
    public EnterpriseView reinstate(Actor actor, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return view(actor, service.reinstate(actor, id, reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/deactivation")
    public EnterpriseView deactivate(Actor actor, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody(required = false) ReasonRequest reason) {
        return view(actor, service.deactivate(actor, id, reason == null ? null : reason.reason()));
    }

    private EnterpriseView view(Actor actor, Enterprise e) {
        return EnterpriseView.of(e, actor, reference);
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("If-Match", "If-Match must carry the version ETag, e.g. \"3\"");
        }
    }
}
