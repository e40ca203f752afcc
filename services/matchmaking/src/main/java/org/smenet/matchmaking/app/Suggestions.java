package org.smenet.matchmaking.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerFilter;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileDocument;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Keeps the partner index in step with the read model and publishes what a change touches: when an
 * enterprise changes, its best partners are recomputed and every pair above the threshold that involves
 * an enterprise of this node is published as a suggestion, once; a pair already suggested is published
 * again only when its score moved by {@code rescoreDelta}, and a pair acted on, declined or agreed is
 * left alone. Both sides are named in the one event.
 */
@Service
public class Suggestions {

    private final PartnerIndex index;
    private final ProfileStore profiles;
    private final MatchStore matches;
    private final MatchOutbox outbox;
    private final HostedEconomies hosted;
    private final MatchmakingProperties properties;
    private final Clock clock;

    public Suggestions(PartnerIndex index, ProfileStore profiles, MatchStore matches, MatchOutbox outbox,
            HostedEconomies hosted, MatchmakingProperties properties, Clock clock) {
        this.index = index;
        this.profiles = profiles;
        this.matches = matches;
        this.outbox = outbox;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    /** Loads the index from the read model when the service starts. */
    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        index.startBulkLoad();
        try {
            profiles.forEach(this::reindex);
        } finally {
            index.compact(); // every list ordered once, at the end of the load
        }
    }

    public LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * An enterprise changed: re-index it and publish the suggestions its change makes. Returns the enterprise as
     * read (empty when unknown), for what else its change touches ({@link EnterpriseOpportunities}).
     */
    public Optional<ProfileDocument> changed(String enterpriseId) {
        Optional<ProfileDocument> found = profiles.find(enterpriseId);
        if (found.isEmpty()) {
            return found;
        }
        ProfileDocument doc = found.get();
        reindex(doc);
        if (!doc.active()) {
            return found;
        }
        for (Suggestion suggestion : best(doc, properties.perProfile(), properties.threshold())) {
            profiles.find(suggestion.partnerId()).ifPresent(partner -> publish(doc, partner, suggestion));
        }
        return found;
    }

    /**
     * The best partners of an enterprise: of any economy when it is this node's, else (a peer's public
     * profile) of this node's economies only, since this node publishes only for them.
     */
    public List<Suggestion> best(ProfileDocument doc, int limit, double minScore) {
        Set<String> excluded = new HashSet<>(matches.declinedPartners(doc.id()));
        return best(doc.toProfile(), doc.hosted(), limit, minScore, excluded);
    }

    /**
     * The best partners of a profile (an enterprise's, or an opportunity's needs): of any economy when
     * {@code hostedHere}, else of this node's economies only.
     */
    public List<Suggestion> best(Profile profile, boolean hostedHere, int limit, double minScore, Set<String> excluded) {
        return index.partnersFor(profile, hostedHere ? null : hosted.list(), limit,
                new PartnerFilter(null, null, minScore, excluded), today());
    }

    private void reindex(ProfileDocument doc) {
        if (doc.suggestible()) {
            index.put(doc.toProfile());
        } else {
            index.remove(doc.id());
        }
    }

    private void publish(ProfileDocument you, ProfileDocument partner, Suggestion suggestion) {
        if (!you.hosted() && !partner.hosted()) {
            return;
        }
        Match.Party a = new Match.Party(you.id(), you.economy(), you.ownerOrg());
        Match.Party b = new Match.Party(partner.id(), partner.economy(), partner.ownerOrg());
        Optional<Match> existing = matches.find(Match.idOf(you.id(), partner.id()));
        try {
            if (existing.isEmpty()) {
                Match match = Match.suggest(a, b, suggestion, clock.instant(), properties.matchTimeout());
                matches.insert(match, outbox.suggested(match));
            } else if ((existing.get().stage() == MatchStage.SUGGESTED || existing.get().stage() == MatchStage.EXPIRED)
                    && (existing.get().stage() == MatchStage.EXPIRED
                    || Math.abs(existing.get().score() - suggestion.score()) >= properties.rescoreDelta())) {
                Match match = existing.get().rescored(suggestion, you.id(), clock.instant(), properties.matchTimeout());
                matches.update(match, outbox.suggested(match));
            }
        } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
            // another replica (or a redelivery) published the same pair at the same moment: one write wins
        }
    }
}
