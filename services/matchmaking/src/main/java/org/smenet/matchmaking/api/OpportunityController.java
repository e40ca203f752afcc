package org.smenet.matchmaking.api;

import jakarta.validation.constraints.Pattern;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.matchmaking.app.OpportunityService;
import org.smenet.matchmaking.app.PartnerService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The best enterprises for a published opportunity, ranked, with reasons; same filters and paging as partners. */
@RestController
@Validated
@RequestMapping("/api/matchmaking/opportunities")
public class OpportunityController {

    private final OpportunityService opportunities;
    private final PartnerService partners;

    public OpportunityController(OpportunityService opportunities, PartnerService partners) {
        this.opportunities = opportunities;
        this.partners = partners;
    }

    @GetMapping("/{id}/enterprises")
    public PageView<PartnerView> enterprises(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(required = false) CooperationType cooperation,
            @RequestParam(defaultValue = "0") double minScore,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var ranking = opportunities.enterprises(actor, id, economy, cooperation, minScore, page, size);
        var items = ranking.page().stream().map(s -> PartnerView.of(s, partners.profile(s.partnerId()))).toList();
        return new PageView<>(items, page, size, ranking.total(), (ranking.total() + size - 1) / size);
    }
}
