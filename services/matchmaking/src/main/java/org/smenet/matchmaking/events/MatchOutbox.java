package org.smenet.matchmaking.events;

import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchReason;
import org.smenet.contracts.matchmaking.MatchStageChanged;
import org.smenet.contracts.matchmaking.MatchSuggested;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Match;
import org.springframework.stereotype.Component;

/**
 * Says which event each match change causes. A match is published by this node under the economy of a
 * side it hosts (the first side when it hosts both).
 */
@Component
public class MatchOutbox {

    private final EventRecorder recorder;
    private final HostedEconomies hosted;

    public MatchOutbox(EventRecorder recorder, HostedEconomies hosted) {
        this.recorder = recorder;
        this.hosted = hosted;
    }

    public List<PendingEvent> suggested(Match m) {
        return List.of(recorder.record(MatchmakingEvents.MATCH_SUGGESTED, m.id(), economy(m), m.version(),
                new MatchSuggested(m.id(), economy(m), m.enterpriseId(), m.enterpriseEconomy(), m.partnerId(),
                        m.partnerEconomy(), m.score(), m.reasons().stream().map(r -> new MatchReason(r.kind().name(),
                                r.direction().name(), r.yours(), r.theirs(), r.weight())).toList(),
                        m.stageChangedAt())));
    }

    public List<PendingEvent> stageChanged(EventType<MatchStageChanged> type, Match m, String actorOrg) {
        return List.of(recorder.record(type, m.id(), economy(m), m.version(), new MatchStageChanged(m.id(),
                economy(m), m.enterpriseId(), m.partnerId(), m.stage().name(), actorOrg, m.stageChangedAt())));
    }

    private String economy(Match m) {
        return hosted.hosts(m.enterpriseEconomy()) ? m.enterpriseEconomy() : m.partnerEconomy();
    }
}
