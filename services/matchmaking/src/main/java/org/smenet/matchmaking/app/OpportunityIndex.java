package org.smenet.matchmaking.app;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.matchmaking.domain.PartnerFilter;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The live opportunities (listed, not past their deadline) in a second {@link PartnerIndex}, each as its needs
 * profile ({@code OpportunityNeeds}), so that an enterprise's change finds the opportunities it fits by one
 * query with its own profile, never by scoring every opportunity. The score of a pair does not depend on which
 * side asks ({@code Complementarity} adds every term in both directions; a test checks it across the two
 * indexes), so the opportunities this index gives an enterprise at or above the threshold are exactly those whose
 * own ranking could hold it.
 *
 * <p>Kept in step by the opportunity listener (before it ranks, and from the stored document after its write) and
 * loaded from {@code opportunities} at start. Each change carries the opportunity's sequence and an older one
 * never replaces a newer (the start-up load runs while the listener already consumes). Closed, withdrawn,
 * expired or otherwise delisted opportunities leave it.
 */
@Component
public class OpportunityIndex {

    private final PartnerIndex index;
    private final OpportunityStore opportunities;
    private final Clock clock;
    /** The sequence of the last change applied per opportunity (kept after a delisting, so a stale listing can't return). */
    private final Map<String, Long> sequences = new HashMap<>();

    public OpportunityIndex(MatchmakingProperties properties, ReferenceData reference, OpportunityStore opportunities,
            Clock clock) {
        this.index = new PartnerIndex(properties.weights().toWeights(), List.copyOf(reference.economies().keySet()));
        this.opportunities = opportunities;
        this.clock = clock;
    }

    /** Loads the index from the read model when the service starts. */
    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        index.startBulkLoad();
        try {
            opportunities.forEach(this::update);
        } finally {
            index.compact(); // every list ordered once, at the end of the load
        }
    }

    /** The opportunity as stored: indexed while it is live, removed otherwise. */
    public void update(OpportunityDocument doc) {
        boolean live = doc.listed() && (doc.deadline() == null || doc.deadline().isAfter(clock.instant()));
        apply(doc.id(), doc.sequence(), live ? doc.toProfile() : null);
    }

    /**
     * The opportunity at {@code sequence} as {@code needs} ({@code null}: not live), unless a newer sequence of it
     * was applied already.
     */
    public synchronized void apply(String id, long sequence, Profile needs) {
        Long known = sequences.get(id);
        if (known != null && known > sequence) {
            return;
        }
        sequences.put(id, sequence);
        if (needs != null) {
            index.put(needs);
        } else {
            index.remove(id);
        }
    }

    /** The sequence of the opportunity this index holds (empty when it never saw it). */
    public synchronized OptionalLong sequenceOf(String id) {
        Long known = sequences.get(id);
        return known == null ? OptionalLong.empty() : OptionalLong.of(known);
    }

    public boolean contains(String id) {
        return index.contains(id);
    }

    public int size() {
        return index.size();
    }

    /** Forgets every opportunity: the first step of a rebuild. */
    public synchronized void clear() {
        sequences.clear();
        index.clear();
    }

    /**
     * The live opportunities {@code enterprise} scores at least {@code minScore} with, best first, at most
     * {@code limit}: of every economy ({@code economies} null), or of the economies named only.
     */
    public List<Suggestion> opportunitiesFor(Profile enterprise, List<String> economies, int limit, double minScore) {
        return index.partnersFor(enterprise, economies, limit, new PartnerFilter(null, null, minScore, null),
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
