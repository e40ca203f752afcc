package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.smenet.opportunities.app.InterestRequest;
import org.smenet.opportunities.domain.CrossBorderInterest;
import org.smenet.opportunities.app.InterestService;
import org.smenet.opportunities.domain.Interest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Expressions of interest", description = "SMEs express interest; focal points introduce; publishers answer")
public class InterestController {

    private final InterestService service;
    private final CrossBorderInterests crossBorder;
    private final Authority authority;

    public InterestController(InterestService service, CrossBorderInterests crossBorder, Authority authority) {
        this.service = service;
        this.crossBorder = crossBorder;
        this.authority = authority;
    }

    /**
     * For this node's opportunity: 201 with the expression of interest. For another economy's (known from its
     * public topic): 202 with the interest abroad, which travels as a public request and is answered by events.
     */
    @PostMapping("/api/opportunities/opportunities/{id}/interests")
    @Operation(summary = "Express interest in a published opportunity (an SME); another economy's: 202, answered by events")
    @ApiResponse(responseCode = "201", description = "Expressed on this node", content = @Content(
            schema = @Schema(implementation = InterestView.class)))
    @ApiResponse(responseCode = "202", description = "Sent to the opportunity's economy", content = @Content(
            schema = @Schema(implementation = CrossBorderInterestView.class)))
    public ResponseEntity<?> express(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody InterestRequest request) {
        if (crossBorder.isAbroad(id)) {
            CrossBorderInterest abroad = crossBorder.request(actor, id, request);
            return ResponseEntity.accepted().location(URI.create("/api/opportunities/interests-abroad/" + abroad.id()))
                    .eTag(IfMatch.etag(abroad.version())).body(CrossBorderInterestView.of(abroad));
        }
        Interest i = service.express(actor, id, request);
        return ResponseEntity.created(URI.create("/api/opportunities/interests/" + i.id()))
                .eTag(IfMatch.etag(i.version())).body(view(actor, i));
    }

    @GetMapping("/api/opportunities/opportunities/{id}/interests")
    @Operation(summary = "The expressions of interest in an opportunity (its publisher and its economy's focal points)")
    public PageView<InterestView> list(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.ofOpportunity(actor, id, PageQuery.of(page, size, Sort.by("expressedAt", "_id"))),
                i -> view(actor, i));
    }

    @GetMapping("/api/opportunities/interests")
    @Operation(summary = "The interests the actor expressed in this node's opportunities, newest first, with their answers "
            + "(in other economies' opportunities: /interests-abroad)")
    public PageView<InterestView> mine(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(service.mine(actor, PageQuery.of(page, size,
                Sort.by(Sort.Order.desc("expressedAt"), Sort.Order.asc("_id")))), i -> view(actor, i));
    }

    @GetMapping("/api/opportunities/interests/{id}")
    public ResponseEntity<InterestView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.get(actor, id));
    }

    @PostMapping("/api/opportunities/interests/{id}/introduction")
    @Operation(summary = "Introduce the interested SME to the publisher (an enterprise-cooperation focal point)")
    public ResponseEntity<InterestView> introduce(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.introduce(actor, id));
    }

    @PostMapping("/api/opportunities/interests/{id}/acceptance")
    @Operation(summary = "Accept an introduced interest (the publisher): its contact is revealed to the SME")
    public ResponseEntity<InterestView> accept(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.accept(actor, id));
    }

    @PostMapping("/api/opportunities/interests/{id}/declination")
    public ResponseEntity<InterestView> decline(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return respond(actor, service.decline(actor, id));
    }

    private ResponseEntity<InterestView> respond(Actor actor, Interest i) {
        return ResponseEntity.ok().eTag(IfMatch.etag(i.version())).body(view(actor, i));
    }

    private InterestView view(Actor actor, Interest i) {
        return InterestView.of(i, service.isInterested(actor, i), service.isPublisher(actor, i),
                authority.isFocalPoint(actor, i.economy()));
    }
}
