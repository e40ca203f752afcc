package org.smenet.matchmaking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.smenet.contracts.registry.CooperationType;

/**
 * Every profile in memory, compact, with posting lists from HS heading (offered, sought), HS chapter and
 * ISIC class to profiles, so that the best partners of one profile are found by scoring only the
 * profiles that meet at least one of its codes, never every profile.
 *
 * <p>Candidates are exactly the pairs {@link Complementarity} calls complementary: those who offer the
 * code you seek or a code that holds it (its heading or chapter) or, when you seek a heading or chapter,
 * anything under it; those who seek what you offer likewise; and those of your ISIC class when either
 * of you seeks a partner of its own trade. Every other profile scores 0, so the ranking equals scoring every profile.
 * Thread-safe: queries share a read lock, changes take the write lock.
 */
public final class PartnerIndex {

    private static final int SAME_TRADE = Complementarity.SAME_TRADE;
    private static final long OFFERED_CODE = 1L << 40;
    private static final long SOUGHT_CODE = 2L << 40;
    private static final long OFFERED_HEADING = 3L << 40;
    private static final long SOUGHT_HEADING = 4L << 40;
    private static final long OFFERED_CHAPTER = 5L << 40;
    private static final long SOUGHT_CHAPTER = 6L << 40;
    private static final long ISIC_CLASS = 7L << 40;
    private static final long ISIC_CLASS_SEEKING_PEERS = 8L << 40;

    private final Vocabulary economies = new Vocabulary();
    private final Vocabulary certifications = new Vocabulary();
    private final Vocabulary languages = new Vocabulary();
    private final Complementarity complementarity;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<Long, PostingList> postings = new HashMap<>();
    private final IntList free = new IntList();
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();
    private Entry[] entries = new Entry[1024];
    /** The most HS codes any profile ever indexed seeks (never lowered: a bound only errs upward). */
    private int maxSought;
    private int high;
    /** A bulk load is under way ({@link #startBulkLoad}): the lists do not order themselves. */
    private boolean bulk;

    public PartnerIndex(Weights weights, List<String> knownEconomies) {
        knownEconomies.forEach(economies::id);
        this.complementarity = new Complementarity(weights, economies, certifications, languages);
    }

    public int size() {
        lock.readLock().lock();
        try {
            return ordinals.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String id) {
        lock.readLock().lock();
        try {
            return ordinals.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Forgets every profile: the first step of a rebuild. */
    public void clear() {
        lock.writeLock().lock();
        try {
            ordinals.clear();
            postings.clear();
            free.size = 0;
            entries = new Entry[1024];
            high = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds the profile, or replaces the one with its id. */
    public void put(Profile profile) {
        Entry entry = compile(profile);
        lock.writeLock().lock();
        try {
            Integer existing = ordinals.get(profile.id());
            int ordinal;
            if (existing != null) {
                ordinal = existing;
                unpost(entries[ordinal], ordinal);
            } else {
                ordinal = free.size > 0 ? free.values[--free.size] : high++;
                if (ordinal >= entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                }
                ordinals.put(profile.id(), ordinal);
            }
            entries[ordinal] = entry;
            maxSought = Math.max(maxSought, entry.hsSoughtCount());
            post(entry, ordinal);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * From now until {@link #compact}, the lists leave new postings in their tails instead of ordering themselves
     * as the tails grow: a full load orders each list once at its end instead of every eighth of its growth.
     * Queries meanwhile stay exact, reading the tails posting by posting.
     */
    public void startBulkLoad() {
        lock.writeLock().lock();
        try {
            bulk = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Orders every posting list that has postings added or removed since it was last ordered, so that queries skip
     * whole blocks of it: after a full load (a list orders itself only when its unordered tail passes an eighth),
     * and ends a bulk load.
     */
    public void compact() {
        lock.writeLock().lock();
        try {
            bulk = false;
            postings.values().forEach(PostingList::compact);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(String id) {
        lock.writeLock().lock();
        try {
            Integer ordinal = ordinals.remove(id);
            if (ordinal != null) {
                unpost(entries[ordinal], ordinal);
                entries[ordinal] = null;
                free.add(ordinal);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The posting lists (for tests: read without the lock, while nothing changes). */
    java.util.Collection<PostingList> postingLists() {
        return postings.values();
    }

    /** The bound a query by the indexed profile {@code id} uses, and the most codes any profile seeks (for tests). */
    ScoreBound boundOf(String id, LocalDate today) {
        return new ScoreBound(complementarity.weights(), entries[ordinals.get(id)], (int) today.toEpochDay());
    }

    int maxSought() {
        return maxSought;
    }

    /** The best {@code limit} partners of the indexed profile {@code id}; empty when it is not indexed. */
    public Optional<List<Suggestion>> partnersOf(String id, int limit, PartnerFilter filter, LocalDate today) {
        lock.readLock().lock();
        try {
            Integer ordinal = ordinals.get(id);
            return ordinal == null ? Optional.empty()
                    : Optional.of(top(entries[ordinal], ordinal, limit, filter, (int) today.toEpochDay(), false));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best {@code limit} partners of a profile that need not be indexed (an opportunity's needs). */
    public List<Suggestion> partnersFor(Profile query, int limit, PartnerFilter filter, LocalDate today) {
        Entry entry = compile(query);
        lock.readLock().lock();
        try {
            return top(entry, ordinals.getOrDefault(entry.id, -1), limit, filter, (int) today.toEpochDay(), false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code limit} partners of {@code query} of every economy when {@code economies} is null, else of the
     * economies named only (each ranked, then merged by score; {@code filter}'s economy is replaced by each):
     * a node publishes a peer's profile's or opportunity's matches only with its own economies.
     */
    public List<Suggestion> partnersFor(Profile query, List<String> economies, int limit, PartnerFilter filter,
            LocalDate today) {
        if (economies == null) {
            return partnersFor(query, limit, filter, today);
        }
        List<Suggestion> all = new ArrayList<>();
        for (String economy : economies) {
            all.addAll(partnersFor(query, limit,
                    new PartnerFilter(economy, filter.cooperation(), filter.minScore(), filter.excluded()), today));
        }
        all.sort((a, b) -> Double.compare(b.score(), a.score()));
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** The baseline the index must beat: the same ranking by scoring every profile. */
    public List<Suggestion> partnersByScanningAll(String id, int limit, PartnerFilter filter, LocalDate today) {
        lock.readLock().lock();
        try {
            Integer ordinal = ordinals.get(id);
            return ordinal == null ? List.of() : top(entries[ordinal], ordinal, limit, filter, (int) today.toEpochDay(), true);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The score of one pair with its reasons, seen from {@code id}; empty when either is not indexed. */
    public Optional<Suggestion> explain(String id, String partnerId, LocalDate today) {
        lock.readLock().lock();
        try {
            Integer a = ordinals.get(id);
            Integer b = ordinals.get(partnerId);
            if (a == null || b == null) {
                return Optional.empty();
            }
            return Optional.of(suggestion(entries[a], entries[b], (int) today.toEpochDay()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes the index holds per profile: entries, ids, id map and posting lists, counted from array sizes. */
    public long bytes() {
        lock.readLock().lock();
        try {
            long total = 16 + 4L * entries.length;
            for (int i = 0; i < high; i++) {
                Entry e = entries[i];
                if (e != null) {
                    // the id string (24 + byte[] 16 + length), its map node (32) and boxed ordinal (16)
                    total += e.bytes() + 24 + ((16 + e.id.length() + 7) & ~7) + 32 + 16;
                }
            }
            total += 16 + 4L * ordinals.size() * 2;
            for (PostingList list : postings.values()) {
                total += list.bytes() + 32 + 24; // list + map node + boxed key
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Suggestion> top(Entry query, int self, int limit, PartnerFilter filter, int today, boolean scanAll) {
        Top best = new Top(limit);
        int filterEconomy = filter.economy() == null ? -1 : economies.id(filter.economy());
        int filterCooperation = filter.cooperation() == null ? 0 : 1 << filter.cooperation().ordinal();
        if (scanAll) {
            for (int ordinal = 0; ordinal < high; ordinal++) {
                consider(query, BY_ID, ordinal, filter, filterEconomy, filterCooperation, today, best);
            }
        } else {
            Scratch scratch = borrow();
            try {
                bounded(query, self, limit, filter, filterEconomy, filterCooperation, today, best, scratch);
            } finally {
                scratches.offer(scratch);
            }
        }
        List<Suggestion> found = new ArrayList<>(best.size);
        for (int ordinal : best.ranked(entries)) {
            found.add(suggestion(query, entries[ordinal], today));
        }
        return found;
    }

    /**
     * Exact top-k by score bounds (a threshold algorithm over the posting lists, with block-max skipping). Every
     * posting carries what bounds its profile's whole score against any query ({@link Signature},
     * {@link CodeSketch}es), and every block of an ordered list a summary that bounds all of its postings
     * ({@link PostingList}). So: every block's bound is computed from its summary and the block filed under its
     * bound's quarter-point bucket, and every posting of the lists' unordered tails under its own. Then, from the
     * highest bucket down: the blocks of the bucket are opened (each posting filed under its own bound, never
     * above the block's), and the candidates of the bucket scored exactly, each once (the stamp), until the
     * bucket's top cannot exceed the k-th score: no candidate left unscored, in an opened block or not, could
     * enter the top k. Most blocks are never opened.
     */
    private void bounded(Entry query, int self, int limit, PartnerFilter filter, int filterEconomy, int filterCooperation,
            int today, Top best, Scratch scratch) {
        ScoreBound bound = new ScoreBound(complementarity.weights(), query, today);
        int stamp = scratch.next();
        int[] seen = scratch.seen;
        List<PostingList> lists = lists(query);
        double minScore = filter.minScore();
        int economyFilter = filterEconomy >= 0 && filterEconomy < Signature.OTHER_ECONOMY ? filterEconomy : -1;
        int cooperationFilter = filterCooperation != 0 && filterCooperation < 1 << 7 ? filterCooperation : 0;
        BucketQueue blocks = scratch.blocks;
        BucketQueue candidates = scratch.candidates;
        blocks.clear();
        candidates.clear();
        int top = BUCKETS - 1;
        // 1. every block under its summary's bound, every tail posting under its own
        for (int l = 0; l < lists.size(); l++) {
            PostingList list = lists.get(l);
            for (int b = 0, n = list.blocks(); b < n; b++) {
                float whole = bound.block(list, b, maxSought, economyFilter, cooperationFilter);
                if (whole >= minScore) {
                    blocks.add(bucket(whole), l << BLOCK_BITS | b);
                }
            }
            bound.expand(list, list.sorted, list.size, maxSought, economyFilter, cooperationFilter, minScore, PER_POINT,
                    top, candidates);
        }
        // 2. from the highest bucket down: open its blocks, score its candidates
        for (int b = Math.max(blocks.highest(), candidates.highest()); b >= 0; b--) {
            if (best.full() && (b + 1) / (double) PER_POINT <= best.worstScore()) {
                break; // every bound left is below the k-th score
            }
            int[] opened = blocks.items[b];
            for (int i = 0, n = blocks.sizes[b]; i < n; i++) {
                PostingList list = lists.get(opened[i] >>> BLOCK_BITS);
                int from = (opened[i] & BLOCK_MASK) * PostingList.BLOCK;
                bound.expand(list, from, Math.min(list.sorted, from + PostingList.BLOCK), maxSought, economyFilter,
                        cooperationFilter, minScore, PER_POINT, b, candidates);
            }
            int[] ordinals = candidates.items[b];
            for (int i = 0, n = candidates.sizes[b]; i < n; i++) {
                int ordinal = ordinals[i];
                if (seen[ordinal] != stamp) {
                    seen[ordinal] = stamp;
                    consider(query, self, ordinal, filter, filterEconomy, filterCooperation, today, best);
                }
            }
        }
        // Candidates of the query's own trade met on no HS code: read their lists only if one of them
        // could still enter (they are many when a query seeks a partner of its trade, and rarely score);
        // a block whose summary cannot reach the k-th score is skipped.
        List<PostingList> sameTrade = sameTrade(query);
        if (sameTrade.isEmpty() || (best.full() && bound.sameTradeOnly(maxSought) < best.worstScore())) {
            return;
        }
        for (PostingList list : sameTrade) {
            for (int b = 0, n = list.blocks(); b < n; b++) {
                if (best.full() && bound.block(list, b, maxSought, -1, 0) < best.worstScore()) {
                    continue;
                }
                int from = b * PostingList.BLOCK;
                sameTrade(query, self, list, from, Math.min(list.sorted, from + PostingList.BLOCK), bound, filter,
                        filterEconomy, filterCooperation, today, best, seen, stamp);
            }
            sameTrade(query, self, list, list.sorted, list.size, bound, filter, filterEconomy, filterCooperation, today,
                    best, seen, stamp);
        }
    }

    private void sameTrade(Entry query, int self, PostingList list, int from, int to, ScoreBound bound,
            PartnerFilter filter, int filterEconomy, int filterCooperation, int today, Top best, int[] seen, int stamp) {
        int[] ordinals = list.ordinals;
        long[] signatures = list.signatures;
        long[] offered = list.sketches;
        long[] sought = list.soughtSketches;
        double minScore = filter.minScore();
        for (int i = from; i < to; i++) {
            int ordinal = ordinals[i];
            if (ordinal < 0) {
                continue;
            }
            double candidate = bound.whole(signatures[i], offered[i], sought[i], maxSought);
            if (candidate >= minScore && (!best.full() || candidate >= best.worstScore()) && seen[ordinal] != stamp) {
                seen[ordinal] = stamp;
                consider(query, self, ordinal, filter, filterEconomy, filterCooperation, today, best);
            }
        }
    }

    /** A block in the queue: its list's place among the query's lists, then its number in the list. */
    private static final int BLOCK_BITS = 22;
    private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;

    /** Buckets of a quarter point from 0 to a bound above 100 (scores are capped at 100). */
    private static final int PER_POINT = 4;
    private static final int BUCKETS = 101 * PER_POINT + 1;

    private static int bucket(float bound) {
        return Math.min(BUCKETS - 1, Math.max(0, (int) (bound * PER_POINT)));
    }


    /** {@link #consider}'s {@code self} for the scan: the baseline compares ids, as it always did. */
    private static final int BY_ID = -2;

    /**
     * Scores one candidate, never the query's own profile: {@code self} is the ordinal of the query's id (-1: it
     * is not indexed), which the index compares (the same test as comparing ids, without reading the
     * candidate's id string); the scan ({@link #BY_ID}) compares ids.
     */
    private void consider(Entry query, int self, int ordinal, PartnerFilter filter, int filterEconomy,
            int filterCooperation, int today, Top best) {
        Entry candidate = entries[ordinal];
        if (candidate == null || candidate == query || (self == BY_ID ? candidate.id.equals(query.id) : ordinal == self)) {
            return;
        }
        if (filterEconomy >= 0 && candidate.economy != filterEconomy) {
            return;
        }
        if (filterCooperation != 0
                && ((candidate.cooperationOffered | candidate.cooperationSought) & filterCooperation) == 0) {
            return;
        }
        double score = complementarity.score(query, candidate, today, null);
        if (score > 0 && score >= filter.minScore()
                && (filter.excluded().isEmpty() || !filter.excluded().contains(candidate.id))) {
            best.offer(ordinal, score, entries);
        }
    }

    private Suggestion suggestion(Entry you, Entry them, int today) {
        List<Reason> reasons = new ArrayList<>();
        double score = complementarity.score(you, them, today, reasons);
        return new Suggestion(them.id, economies.word(them.economy), score, List.copyOf(reasons));
    }

    /**
     * The lists that make a pair complementary, each once. For each code the query seeks: at subheading
     * level, those offering it or its heading code or its chapter code; at heading level, those offering
     * anything under it or its chapter code; at chapter level, anything in it. For each code it offers, the
     * same towards those who seek.
     */
    private List<PostingList> lists(Entry query) {
        List<PostingList> lists = new ArrayList<>();
        for (int code : query.hsSought()) {
            int level = code % 10;
            if (level == 3) {
                visit(lists, OFFERED_CODE | code);
                visit(lists, OFFERED_CODE | headingCode(code));
                visit(lists, OFFERED_CODE | chapterCode(code));
            } else if (level == 2) {
                visit(lists, OFFERED_HEADING | Codes.hsHeading(code));
                visit(lists, OFFERED_CODE | chapterCode(code));
            } else {
                visit(lists, OFFERED_CHAPTER | Codes.hsChapter(code));
            }
        }
        for (int code : query.hsOffered()) {
            int level = code % 10;
            if (level == 3) {
                visit(lists, SOUGHT_CODE | code);
                visit(lists, SOUGHT_CODE | headingCode(code));
            } else if (level == 2) {
                visit(lists, SOUGHT_HEADING | Codes.hsHeading(code));
            }
            visit(lists, level == 1 ? SOUGHT_CHAPTER | Codes.hsChapter(code) : SOUGHT_CODE | chapterCode(code));
        }
        return lists;
    }

    /** The ISIC class lists: complementary only through a same-trade cooperation, and worth no HS points. */
    private List<PostingList> sameTrade(Entry query) {
        List<PostingList> lists = new ArrayList<>();
        boolean seeksPeers = (query.cooperationSought & SAME_TRADE) != 0;
        for (int code : query.isic()) {
            if (Codes.isicClass(code) >= 0) {
                PostingList list = postings.get((seeksPeers ? ISIC_CLASS : ISIC_CLASS_SEEKING_PEERS) | Codes.isicClass(code));
                if (list != null && !lists.contains(list)) {
                    lists.add(list);
                }
            }
        }
        return lists;
    }

    private static int headingCode(int code) {
        return Codes.hsHeading(code) * 100 * 10 + 2;
    }

    private static int chapterCode(int code) {
        return Codes.hsChapter(code) * 10_000 * 10 + 1;
    }

    private void visit(List<PostingList> lists, long key) {
        PostingList list = postings.get(key);
        if (list != null && !lists.contains(list)) {
            lists.add(list);
        }
    }

    private void post(Entry e, int ordinal) {
        long signature = Signature.of(e);
        long offered = CodeSketch.of(e);
        long sought = CodeSketch.sought(e);
        boolean order = !bulk;
        forEachKey(e, key -> postings.computeIfAbsent(key, k -> new PostingList()).add(ordinal, signature, offered,
                sought, order));
    }

    private void unpost(Entry e, int ordinal) {
        forEachKey(e, key -> {
            PostingList list = postings.get(key);
            if (list != null) {
                list.remove(ordinal);
                if (list.live() == 0) {
                    postings.remove(key);
                }
            }
        });
    }

    /** Every posting key of an entry, each once. */
    private static void forEachKey(Entry e, java.util.function.LongConsumer action) {
        long[] keys = new long[3 * (e.hsOfferedCount() + e.hsSoughtCount()) + 2 * (e.certificationsAt - e.isicAt)];
        boolean seeksPeers = (e.cooperationSought & SAME_TRADE) != 0;
        int n = 0;
        for (int code : e.hsOffered()) {
            keys[n++] = OFFERED_CODE | code;
            if (code % 10 >= 2) {
                keys[n++] = OFFERED_HEADING | Codes.hsHeading(code);
            }
            keys[n++] = OFFERED_CHAPTER | Codes.hsChapter(code);
        }
        for (int code : e.hsSought()) {
            keys[n++] = SOUGHT_CODE | code;
            if (code % 10 >= 2) {
                keys[n++] = SOUGHT_HEADING | Codes.hsHeading(code);
            }
            keys[n++] = SOUGHT_CHAPTER | Codes.hsChapter(code);
        }
        for (int code : e.isic()) {
            if (Codes.isicClass(code) >= 0) {
                keys[n++] = ISIC_CLASS | Codes.isicClass(code);
                if (seeksPeers) {
                    keys[n++] = ISIC_CLASS_SEEKING_PEERS | Codes.isicClass(code);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                action.accept(keys[i]);
            }
        }
    }

    private Entry compile(Profile p) {
        long targets = 0;
        for (String economy : p.targetEconomies()) {
            int id = economies.id(economy);
            if (id < Vocabulary.MASK_BITS) {
                targets |= 1L << id;
            }
        }
        return new Entry(p.id(), economies.id(p.economy()),
                packed(p.hsOffered(), true), packed(p.hsSought(), true), packed(p.isicCodes(), false),
                mask(p.cooperationOffered()), mask(p.cooperationSought()), targets,
                ids(p.certifications(), certifications), ids(p.certificationsRequired(), certifications),
                ids(p.languages(), languages), p.verified(),
                p.lastActivity() == null ? Integer.MIN_VALUE / 2 : (int) p.lastActivity().toEpochDay());
    }

    private static int[] packed(List<String> codes, boolean hs) {
        int[] packed = new int[codes.size()];
        int n = 0;
        for (String code : codes) {
            int value = hs ? Codes.hs(code) : Codes.isic(code);
            if (value > 0) {
                packed[n++] = value;
            }
        }
        return n == 0 ? Entry.NONE : Arrays.copyOf(packed, n);
    }

    private static int[] ids(List<String> words, Vocabulary vocabulary) {
        if (words.isEmpty()) {
            return Entry.NONE;
        }
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.id(words.get(i));
        }
        return ids;
    }

    private static int mask(java.util.Set<CooperationType> types) {
        int mask = 0;
        for (CooperationType type : types) {
            mask |= 1 << type.ordinal();
        }
        return mask;
    }

    private Scratch borrow() {
        Scratch scratch = scratches.poll();
        if (scratch == null) {
            scratch = new Scratch();
        }
        if (scratch.seen.length < entries.length) {
            scratch.seen = new int[entries.length];
            scratch.stamp = 0;
        }
        return scratch;
    }

    /**
     * A query's working arrays, reused across queries: per ordinal the stamp of the last query that scored
     * it (a new stamp instead of clearing the array), the postings' bound buckets, the counting sort's arrays.
     */
    private static final class Scratch {
        int[] seen = new int[0];
        final BucketQueue blocks = new BucketQueue(BUCKETS);
        final BucketQueue candidates = new BucketQueue(BUCKETS);
        int stamp;

        int next() {
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(seen, 0);
                stamp = 1;
            }
            return stamp;
        }
    }

    /** The best {@code limit} by score, ties broken by id, kept in a min-heap whose root is the worst kept. */
    private static final class Top {
        final int limit;
        final int[] ordinals;
        final double[] scores;
        int size;

        Top(int limit) {
            this.limit = limit;
            this.ordinals = new int[limit];
            this.scores = new double[limit];
        }

        boolean full() {
            return limit > 0 && size == limit;
        }

        /** The k-th score, once full. */
        double worstScore() {
            return scores[0];
        }

        void offer(int ordinal, double score, Entry[] entries) {
            if (size < limit) {
                ordinals[size] = ordinal;
                scores[size] = score;
                up(size++, entries);
            } else if (limit > 0 && better(score, ordinal, scores[0], ordinals[0], entries)) {
                ordinals[0] = ordinal;
                scores[0] = score;
                down(0, entries);
            }
        }

        int[] ranked(Entry[] entries) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> better(scores[a], ordinals[a], scores[b], ordinals[b], entries) ? -1 : 1);
            int[] ranked = new int[size];
            for (int i = 0; i < size; i++) {
                ranked[i] = ordinals[order[i]];
            }
            return ranked;
        }

        private static boolean better(double s1, int o1, double s2, int o2, Entry[] entries) {
            if (s1 != s2) {
                return s1 > s2;
            }
            return entries[o1].id.compareTo(entries[o2].id) < 0;
        }

        private void up(int i, Entry[] entries) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (better(scores[parent], ordinals[parent], scores[i], ordinals[i], entries)) {
                    swap(i, parent);
                    i = parent;
                } else {
                    return;
                }
            }
        }

        private void down(int i, Entry[] entries) {
            while (true) {
                int worst = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (better(scores[worst], ordinals[worst], scores[child], ordinals[child], entries)) {
                        worst = child;
                    }
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int o = ordinals[a];
            ordinals[a] = ordinals[b];
            ordinals[b] = o;
            double s = scores[a];
            scores[a] = scores[b];
            scores[b] = s;
        }
    }
}
