package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Other economies' network-visible opportunities, as their nodes listed them (read-only here). An SME
 * expresses interest in one with the usual {@code POST /opportunities/{id}/interests}.
 */
@RestController
@Validated
@Tag(name = "Network opportunities", description = "Other economies' opportunities, from their public topics")
public class NetworkOpportunityController {

    /** A peer's opportunity as listed; never a contact (none travels). */
    public record NetworkOpportunityView(String id, String economy, OpportunityKind kind, OpportunityStatus status,
            OpportunityDetails details, PublisherKind publisherKind, Instant publishedAt) {

        static NetworkOpportunityView of(NetworkOpportunities.Entry e) {
            return new NetworkOpportunityView(e.id(), e.economy(), e.kind(), e.status(), e.details(),
                    e.publisherKind(), e.publishedAt());
        }
    }

    private final NetworkOpportunities network;

    public NetworkOpportunityController(NetworkOpportunities network) {
        this.network = network;
    }

    @GetMapping("/api/opportunities/network-opportunities")
    @Operation(summary = "Other economies' listed opportunities (any token)")
    public PageView<NetworkOpportunityView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) OpportunityKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(network.listed(economy, kind, PageQuery.of(page, size,
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("_id")))), NetworkOpportunityView::of);
    }

    @GetMapping("/api/opportunities/network-opportunities/{id}")
    @Operation(summary = "One of another economy's opportunities, listed or since delisted (any token)")
    public NetworkOpportunityView get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return network.find(id).filter(e -> e.details() != null).map(NetworkOpportunityView::of)
                .orElseThrow(() -> RuleViolation.notFound("Opportunity", id));
    }
}
