package org.smenet.opportunities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.app.FeedService;
import org.smenet.opportunities.app.SubscriptionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Validated
@Tag(name = "Feed", description = "The node's opportunity feed: cursor replay, Server-Sent Events, Atom")
public class FeedController {

    static final String ATOM = "application/atom+xml";

    /** A page of the feed and the cursor for the next page. */
    public record FeedPage(List<FeedItemView> items, String cursor) {
    }

    private final FeedService feed;
    private final SubscriptionService subscriptions;
    private final FeedStreams streams;
    private final JsonMapper json;

    public FeedController(FeedService feed, SubscriptionService subscriptions, FeedStreams streams, JsonMapper json) {
        this.feed = feed;
        this.subscriptions = subscriptions;
        this.streams = streams;
        this.json = json;
    }

    @GetMapping("/api/opportunities/feed")
    @Operation(summary = "The feed after a cursor (none: from the start); never skips or repeats across pages")
    public FeedPage page(Actor actor, @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{0,64}") String after,
            @RequestParam(defaultValue = "50") int size) {
        var page = feed.after(after, size);
        return new FeedPage(page.entries().stream().map(e -> FeedItemView.of(e, json)).toList(), page.cursor());
    }

    @GetMapping(path = "/api/opportunities/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events of the feed; resumes after Last-Event-ID (or ?after=)")
    public SseEmitter stream(Actor actor, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{0,64}") String after) {
        String from = lastEventId != null ? lastEventId : after;
        return streams.open(feed.position(from, lastEventId != null ? "Last-Event-ID" : "after"));
    }

    @GetMapping(path = "/api/opportunities/subscriptions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events of the listings a subscription matches (its owner); resumes after "
            + "Last-Event-ID (or ?after=; none: from now on)")
    public SseEmitter subscriptionStream(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{0,64}") String after) {
        var s = subscriptions.get(actor, id);
        String from = lastEventId != null ? lastEventId : after;
        long position = from == null || from.isBlank() ? feed.head() : feed.position(from,
                lastEventId != null ? "Last-Event-ID" : "after");
        return streams.open(position, e -> e.kind() != null && s.filters().matches(e.kind(), e.economy(),
                e.targetEconomies(), e.hsIndex(), e.isicIndex(), e.title(), e.description()));
    }

    @GetMapping(path = "/api/opportunities/feed.atom", produces = ATOM)
    @Operation(summary = "Atom feed of the network-visible opportunities (public: no token)")
    public ResponseEntity<String> publicAtom() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM))
                .body(feed.publicAtom("/api/opportunities/feed.atom"));
    }

    @GetMapping(path = "/api/opportunities/subscriptions/{id}/feed.atom", produces = ATOM)
    @Operation(summary = "Atom feed of the opportunities a subscription matches (its owner)")
    public ResponseEntity<String> subscriptionAtom(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        var s = subscriptions.get(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM))
                .body(feed.subscriptionAtom(s, "/api/opportunities/subscriptions/" + id + "/feed.atom"));
    }
}
