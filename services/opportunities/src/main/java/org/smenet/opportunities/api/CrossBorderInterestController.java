package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.smenet.opportunities.domain.CrossBorderInterest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The interests this economy's SMEs expressed in other economies' opportunities, as answered by those nodes. */
@RestController
@Validated
@Tag(name = "Interests abroad", description = "Cross-border expressions of interest, seen from the SME's own node")
public class CrossBorderInterestController {

    private final CrossBorderInterests service;

    public CrossBorderInterestController(CrossBorderInterests service) {
        this.service = service;
    }

    @GetMapping("/api/opportunities/interests-abroad")
    @Operation(summary = "The actor's interests abroad (an economy's focal points: all of their economy's)")
    public PageView<CrossBorderInterestView> list(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.visible(actor, PageQuery.of(page, size, Sort.by(Sort.Direction.DESC,
                "requestedAt").and(Sort.by("_id")))), CrossBorderInterestView::of);
    }

    @GetMapping("/api/opportunities/interests-abroad/{id}")
    @Operation(summary = "One interest abroad (the interested SME, its economy's focal points)")
    public ResponseEntity<CrossBorderInterestView> get(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        CrossBorderInterest i = service.get(actor, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(i.version())).body(CrossBorderInterestView.of(i));
    }

    @PostMapping("/api/opportunities/interests-abroad/{id}/withdrawal")
    @Operation(summary = "Withdraw one's own pending interest abroad (requested, open or introduced): published to the "
            + "opportunity's economy, whose node ends the interest. Only the SME that expressed it; If-Match optional "
            + "(412 when stale); 409 (field status) once answered or ended")
    public ResponseEntity<CrossBorderInterestView> withdraw(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        CrossBorderInterest i = service.withdraw(actor, id, OpportunityController.optional(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(i.version())).body(CrossBorderInterestView.of(i));
    }
}
