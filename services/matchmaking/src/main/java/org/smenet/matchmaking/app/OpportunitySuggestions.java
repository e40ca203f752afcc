package org.smenet.matchmaking.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smenet.contracts.matchmaking.MatchReason;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.matchmaking.OpportunitySuggested;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.OpportunityDocument.Suggested;
import org.springframework.stereotype.Service;

/**
 * What a listed or changed opportunity touches: its best {@code per-profile} enterprises above
 * {@code threshold} (of every economy for an opportunity of an economy this node hosts, of this node's
 * economies only for a peer's), each published once as {@code opportunity.suggested}; one already published is
 * published again only when its score moved by {@code rescore-delta}, so a small edit that leaves the top
 * unchanged publishes nothing. The caller writes the events and the new {@code suggested} list in the same
 * write as the opportunity's change.
 */
@Service
public class OpportunitySuggestions {

    /** The events to publish and the opportunity's published suggestions after them. */
    public record Outcome(List<PendingEvent> events, List<Suggested> suggested) {
    }

    private final Suggestions suggestions;
    private final EventRecorder recorder;
    private final HostedEconomies hosted;
    private final MatchmakingProperties properties;

    public OpportunitySuggestions(Suggestions suggestions, EventRecorder recorder, HostedEconomies hosted,
            MatchmakingProperties properties) {
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.hosted = hosted;
        this.properties = properties;
    }

    public static String idOf(String opportunityId, String enterpriseId) {
        return "sug-" + UUID.nameUUIDFromBytes((opportunityId + "|" + enterpriseId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The suggestions the opportunity {@code needs} (of {@code kind}) makes now, against those published before;
     * {@code sequence}: the version of its suggestions this makes (their {@code ce_sequence}).
     */
    public Outcome changed(Profile needs, OpportunityKind kind, long sequence, List<Suggested> before) {
        return changed(needs, kind, sequence, before, null);
    }

    /**
     * The same ranking, publishing only for enterprise {@code only} ({@code null}: every enterprise): what an
     * enterprise's change makes for an opportunity it fits. Its change moves no other enterprise's score, so
     * re-publishing others (whose scores drift with time only) would be the storm the rescore rule prevents.
     */
    public Outcome changed(Profile needs, OpportunityKind kind, long sequence, List<Suggested> before, String only) {
        Map<String, Double> published = new LinkedHashMap<>();
        before.forEach(s -> published.put(s.enterpriseId(), s.score()));
        boolean hostedHere = hosted.hosts(needs.economy());
        List<PendingEvent> events = new ArrayList<>();
        for (Suggestion s : suggestions.best(needs, hostedHere, properties.perProfile(), properties.threshold(),
                Set.of())) {
            if (only != null && !only.equals(s.partnerId())) {
                continue;
            }
            Double previous = published.get(s.partnerId());
            if (previous != null && Math.abs(previous - s.score()) < properties.rescoreDelta()) {
                continue; // unchanged: no event on a small edit
            }
            published.put(s.partnerId(), s.score());
            String id = idOf(needs.id(), s.partnerId());
            String economy = hostedHere ? needs.economy() : s.partnerEconomy();
            events.add(recorder.record(MatchmakingEvents.OPPORTUNITY_SUGGESTED, id, economy, sequence,
                    new OpportunitySuggested(id, economy, needs.id(), needs.economy(), kind.name(), s.partnerId(),
                            s.partnerEconomy(), s.score(), s.reasons().stream().map(r -> new MatchReason(
                                    r.kind().name(), r.direction().name(), r.yours(), r.theirs(), r.weight())).toList(),
                            recorder.now())));
        }
        List<Suggested> after = new ArrayList<>();
        published.forEach((enterprise, score) -> after.add(new Suggested(enterprise, score)));
        return new Outcome(events, after);
    }
}
