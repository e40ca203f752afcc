package org.smenet.consultation.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.smenet.consultation.app.ExpertGroupService;
import org.smenet.consultation.app.ModerationRequests;
import org.smenet.consultation.domain.ExpertGroup;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
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
@RequestMapping("/api/consultation/expert-groups")
@Tag(name = "Expert groups", description = "Sector expert groups and their review notes on consultations")
public class ExpertGroupController {

    private final ExpertGroupService groups;

    public ExpertGroupController(ExpertGroupService groups) {
        this.groups = groups;
    }

    @PostMapping
    public ResponseEntity<ExpertGroupView> form(Actor actor,
            @Valid @RequestBody ModerationRequests.ExpertGroupRequest request) {
        ExpertGroup g = groups.form(actor, request);
        return ResponseEntity.created(URI.create("/api/consultation/expert-groups/" + g.id()))
                .eTag(IfMatch.etag(g.version())).body(ExpertGroupView.of(g));
    }

    @GetMapping
    public PageView<ExpertGroupView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(groups.list(economy, PageQuery.of(page, size, Sort.by("name", "_id"))), ExpertGroupView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<ExpertGroupView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        ExpertGroup g = groups.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(g.version())).body(ExpertGroupView.of(g));
    }

    @PostMapping("/{id}/reviews")
    public ResponseEntity<ExpertGroupView> review(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @Valid @RequestBody ModerationRequests.ReviewRequest request) {
        ExpertGroup g = groups.review(actor, id, request);
        return ResponseEntity.ok().eTag(IfMatch.etag(g.version())).body(ExpertGroupView.of(g));
    }
}
