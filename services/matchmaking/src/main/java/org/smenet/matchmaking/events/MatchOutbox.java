package org.smenet.matchmaking.events;

import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchIntroduction;
import org.smenet.contracts.matchmaking.MatchReason;
import org.smenet.contracts.matchmaking.MatchStageChanged;
import org.smenet.contracts.matchmaking.MatchSuggested;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
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

    /**
     * The step's event; and when the other side is an enterprise of an economy this node does not host,
     * the step on the public introduction topic too, for that economy's node to apply (in the same write).
     */
    public List<PendingEvent> stageChanged(EventType<MatchStageChanged> type, Match m, String actorOrg) {
        PendingEvent own = recorder.record(type, m.id(), economy(m), m.version(), new MatchStageChanged(m.id(),
                economy(m), m.enterpriseId(), m.partnerId(), m.stage().name(), actorOrg, m.stageChangedAt()));
        String economy = economy(m);
        String target = m.otherEconomy(economy);
        EventType<MatchIntroduction> step = introductionStep(m.stage());
        if (hosted.hosts(target) || step == null) {
            return List.of(own);
        }
        return List.of(own, recorder.record(step, m.id(), economy, m.version(), new MatchIntroduction(m.id(),
                economy, target, m.enterpriseId(), m.enterpriseEconomy(), m.partnerId(), m.partnerEconomy(),
                m.stage().name(), m.brokerEconomy(), m.stageChangedAt())));
    }

    /** A peer's step applied here: this node's users hear of it on the match topic; nothing goes back out. */
    public List<PendingEvent> peerStepApplied(Match m) {
        return List.of(recorder.record(stageEvent(m.stage()), m.id(), economy(m), m.version(), new MatchStageChanged(
                m.id(), economy(m), m.enterpriseId(), m.partnerId(), m.stage().name(), null, m.stageChangedAt())));
    }

    public static EventType<MatchIntroduction> introductionStep(MatchStage stage) {
        return switch (stage) {
            case INTERESTED -> MatchmakingEvents.INTRODUCTION_INTERESTED;
            case INTRODUCTION_REQUESTED -> MatchmakingEvents.INTRODUCTION_REQUESTED;
            case INTRODUCED -> MatchmakingEvents.INTRODUCTION_INTRODUCED;
            case AGREED -> MatchmakingEvents.INTRODUCTION_AGREED;
            case DECLINED -> MatchmakingEvents.INTRODUCTION_DECLINED;
            default -> null;
        };
    }

    private static EventType<MatchStageChanged> stageEvent(MatchStage stage) {
        return switch (stage) {
            case INTERESTED -> MatchmakingEvents.MATCH_INTERESTED;
            case INTRODUCTION_REQUESTED -> MatchmakingEvents.MATCH_INTRODUCTION_REQUESTED;
            case INTRODUCED -> MatchmakingEvents.MATCH_INTRODUCED;
            case AGREED -> MatchmakingEvents.MATCH_AGREED;
            case DECLINED -> MatchmakingEvents.MATCH_DECLINED;
            default -> MatchmakingEvents.MATCH_EXPIRED;
        };
    }

    private String economy(Match m) {
        return hosted.hosts(m.enterpriseEconomy()) ? m.enterpriseEconomy() : m.partnerEconomy();
    }
}
