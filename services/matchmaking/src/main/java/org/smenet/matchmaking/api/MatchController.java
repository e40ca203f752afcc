package org.smenet.matchmaking.api;

import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.smenet.kit.web.Patterns;
import org.smenet.matchmaking.app.MatchService;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matches of an enterprise, each step of a brokered introduction, and the introduction funnel. */
@RestController
@Validated
@RequestMapping("/api/matchmaking")
public class MatchController {

    private final MatchService matches;

    public MatchController(MatchService matches) {
        this.matches = matches;
    }

    @GetMapping("/matches")
    public PageView<MatchView> list(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ID) String enterpriseId,
            @RequestParam(required = false) MatchStage stage,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (enterpriseId == null) {
            // a focal point's work list: the matches of its own economy's enterprises (e.g. introductions to broker)
            return PageView.of(matches.ofEconomy(actor, stage, PageQuery.of(page, size, Sort.unsorted())),
                    MatchView::of);
        }
        return PageView.of(matches.of(actor, enterpriseId, stage, PageQuery.of(page, size, Sort.unsorted())),
                MatchView::of);
    }

    @GetMapping("/matches/{id}")
    public ResponseEntity<MatchView> get(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        return view(matches.get(actor, id));
    }

    @PostMapping("/matches/{id}/interest")
    public ResponseEntity<MatchView> interest(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return view(matches.interested(actor, id, IfMatch.require(ifMatch)));
    }

    @PostMapping("/matches/{id}/introduction-request")
    public ResponseEntity<MatchView> requestIntroduction(Actor actor,
            @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return view(matches.introductionRequested(actor, id, IfMatch.require(ifMatch)));
    }

    @PostMapping("/matches/{id}/introduction")
    public ResponseEntity<MatchView> introduce(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return view(matches.introduced(actor, id, IfMatch.require(ifMatch)));
    }

    @PostMapping("/matches/{id}/agreement")
    public ResponseEntity<MatchView> agree(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return view(matches.agreed(actor, id, IfMatch.require(ifMatch)));
    }

    @PostMapping("/matches/{id}/decline")
    public ResponseEntity<MatchView> decline(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return view(matches.declined(actor, id, IfMatch.require(ifMatch)));
    }

    /** Matches per stage involving enterprises of an economy (the caller's own unless named). */
    @GetMapping("/funnel")
    public Map<String, Object> funnel(Actor actor,
            @RequestParam(required = false) @Pattern(regexp = Patterns.ECONOMY) String economy) {
        String of = economy == null ? actor.economy() : economy;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("economy", of);
        Map<String, Long> stages = new LinkedHashMap<>();
        matches.funnel(of).forEach((stage, count) -> stages.put(stage.name(), count));
        body.put("stages", stages);
        return body;
    }

    private static ResponseEntity<MatchView> view(Match match) {
        return ResponseEntity.ok().eTag(IfMatch.etag(match.version())).body(MatchView.of(match));
    }
}
