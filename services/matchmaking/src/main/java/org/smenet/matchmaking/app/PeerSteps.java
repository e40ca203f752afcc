package org.smenet.matchmaking.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.smenet.contracts.matchmaking.MatchIntroduction;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileDocument;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.stereotype.Service;

/**
 * Applies another economy's node's step on a cross-border match to this node's match of the pair: the
 * same match id (derived from the pair), created here when this node never suggested the pair. One
 * write, conditional on the match's version, and only if the step's sequence is newer than the last
 * applied: a redelivery, or a race with a local step, changes nothing (the race is retried by the
 * consumer and then finds the step applied or overtaken).
 */
@Service
public class PeerSteps {

    private final MatchStore matches;
    private final ProfileStore profiles;
    private final PartnerIndex index;
    private final MatchOutbox outbox;
    private final HostedEconomies hosted;
    private final MatchmakingProperties properties;
    private final Clock clock;

    public PeerSteps(MatchStore matches, ProfileStore profiles, PartnerIndex index, MatchOutbox outbox,
            HostedEconomies hosted, MatchmakingProperties properties, Clock clock) {
        this.matches = matches;
        this.profiles = profiles;
        this.index = index;
        this.outbox = outbox;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether one side of the step's pair is an enterprise of an economy this node hosts. */
    public boolean concernsThisNode(MatchIntroduction step) {
        return hosted.hosts(step.enterpriseEconomy()) || hosted.hosts(step.partnerEconomy());
    }

    /** Applies the step (the peer's match at {@code sequence}); false when it changed nothing. */
    public boolean apply(MatchIntroduction step, long sequence) {
        MatchStage stage = MatchStage.valueOf(step.stage());
        Optional<Match> existing = matches.find(step.matchId());
        Match match = existing.orElseGet(() -> newMatch(step));
        Optional<Match> changed = match.peerStep(stage, step.brokerEconomy(), sequence, clock.instant(),
                properties.matchTimeout());
        if (changed.isEmpty()) {
            return false;
        }
        if (existing.isPresent()) {
            matches.update(changed.get(), outbox.peerStepApplied(changed.get()));
        } else {
            matches.insert(changed.get(), outbox.peerStepApplied(changed.get()));
        }
        return true;
    }

    /** The pair as this node would have suggested it: its own enterprise's owner, the score and reasons it gives. */
    private Match newMatch(MatchIntroduction step) {
        boolean enterpriseHere = hosted.hosts(step.enterpriseEconomy());
        String ownId = enterpriseHere ? step.enterpriseId() : step.partnerId();
        String ownEconomy = enterpriseHere ? step.enterpriseEconomy() : step.partnerEconomy();
        String peerId = enterpriseHere ? step.partnerId() : step.enterpriseId();
        String peerEconomy = enterpriseHere ? step.partnerEconomy() : step.enterpriseEconomy();
        String owner = profiles.find(ownId).map(ProfileDocument::ownerOrg).orElse(null);
        Suggestion suggestion = index.explain(ownId, peerId, today())
                .orElse(new Suggestion(peerId, peerEconomy, 0, List.of()));
        return Match.suggest(new Match.Party(ownId, ownEconomy, owner), new Match.Party(peerId, peerEconomy, null),
                suggestion, clock.instant(), properties.matchTimeout());
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
