package org.smenet.opportunities.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.store.FeedEntry;
import org.smenet.opportunities.store.SubscriptionStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the subscriptions an event matches without scanning them all: an inverted index by kind and by
 * HS chapter (each subscription is posted under the kinds and chapters it names, or under "any"), so an
 * event only looks at the subscriptions posted under its own kind and chapters; their remaining filters
 * are then checked one by one. Built from the store at start and kept current by this replica's changes;
 * other replicas' changes are noticed by polling the store's change counter (one small read a second,
 * {@code index-sync}) and trigger a rebuild; a full rebuild also runs every {@code index-refresh} as a
 * safety net.
 */
@Component
public class SubscriptionIndex {

    private static final String ANY = "*";

    private record Snapshot(Map<String, Subscription> byId, Map<String, Set<String>> byKind,
            Map<String, Set<String>> byChapter) {
    }

    private final SubscriptionStore store;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());
    /** The store's change counter as of the last rebuild, or of this replica's own last change. */
    private long seen;

    public SubscriptionIndex(SubscriptionStore store) {
        this.store = store;
        rebuild();
    }

    /** Rebuilds when another replica changed a subscription since this index last looked. */
    @Scheduled(fixedDelayString = "${smenet.opportunities.index-sync:1s}")
    public void sync() {
        long changes = store.changes();
        synchronized (this) {
            if (changes == seen) {
                return;
            }
        }
        rebuild();
    }

    /**
     * Records that this replica's own write moved the counter to {@code changes}: no rebuild needed for it,
     * unless another replica's write came in between (then the counter skipped a value, and sync rebuilds).
     */
    public synchronized void ownChange(long changes) {
        if (changes == seen + 1) {
            seen = changes;
        }
    }

    @Scheduled(fixedDelayString = "${smenet.opportunities.index-refresh:30s}")
    public synchronized void rebuild() {
        long changes = store.changes();
        Map<String, Subscription> byId = new ConcurrentHashMap<>();
        store.active().forEach(s -> byId.put(s.id(), s));
        Map<String, Set<String>> byKind = new ConcurrentHashMap<>();
        Map<String, Set<String>> byChapter = new ConcurrentHashMap<>();
        byId.values().forEach(s -> post(s, byKind, byChapter));
        snapshot = new Snapshot(byId, byKind, byChapter);
        seen = changes;
    }

    public synchronized void put(Subscription s) {
        remove(s.id());
        if (s.active()) {
            snapshot.byId().put(s.id(), s);
            post(s, snapshot.byKind(), snapshot.byChapter());
        }
    }

    public synchronized void remove(String id) {
        if (snapshot.byId().remove(id) != null) {
            snapshot.byKind().values().forEach(ids -> ids.remove(id));
            snapshot.byChapter().values().forEach(ids -> ids.remove(id));
        }
    }

    public int size() {
        return snapshot.byId().size();
    }

    /** The active subscriptions {@code entry} matches. */
    public List<Subscription> matching(FeedEntry entry) {
        Snapshot s = snapshot;
        Set<String> byKind = new HashSet<>(s.byKind().getOrDefault(ANY, Set.of()));
        byKind.addAll(s.byKind().getOrDefault(String.valueOf(entry.kind()), Set.of()));
        Set<String> byChapter = new HashSet<>(s.byChapter().getOrDefault(ANY, Set.of()));
        for (String code : entry.hsIndex()) {
            if (code.length() == 2) {
                byChapter.addAll(s.byChapter().getOrDefault(code, Set.of()));
            }
        }
        byKind.retainAll(byChapter);
        List<Subscription> matched = new ArrayList<>();
        for (String id : byKind) {
            Subscription sub = s.byId().get(id);
            if (sub != null && sub.filters().matches(entry.kind(), entry.economy(), entry.targetEconomies(),
                    entry.hsIndex(), entry.isicIndex(), entry.title(), entry.description())) {
                matched.add(sub);
            }
        }
        return matched;
    }

    private static void post(Subscription s, Map<String, Set<String>> byKind, Map<String, Set<String>> byChapter) {
        var kinds = s.filters().kinds();
        if (kinds == null || kinds.isEmpty()) {
            add(byKind, ANY, s.id());
        } else {
            for (OpportunityKind kind : kinds) {
                add(byKind, kind.name(), s.id());
            }
        }
        var hs = s.filters().hsPrefixes();
        if (hs == null || hs.isEmpty()) {
            add(byChapter, ANY, s.id());
        } else {
            for (String prefix : hs) {
                add(byChapter, prefix.substring(0, 2), s.id());
            }
        }
    }

    private static void add(Map<String, Set<String>> index, String key, String id) {
        index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }
}
