package org.smenet.consultation.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.SummaryCalculator;
import org.smenet.consultation.domain.SummaryTally;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Running summary counters per consultation, so a summary reads a few bucket documents instead of every
 * submission. A submission's change stays ONE write of the submission document; its effect on the counters
 * is applied right after by {@link #apply}, idempotently: each bucket document ({@code <consultation>:<n>},
 * the submission's id hashed into {@value #BUCKETS} buckets) holds its counters AND, per submission, the
 * version and keys (one comma-separated string) it last counted, so moving a submission from the counted version to its current one is
 * one conditional update of one bucket (compare-and-set on that version; {@code $inc} of the difference).
 * Replayed or racing applications change nothing twice. A crash between the submission write and the
 * application is covered by an intent written <em>before</em> the submission ({@link #intend}): every
 * summary first applies its consultation's pending intents, and a sweep applies stale ones.
 */
@Component
public class SummaryTallies {

    public static final String COLLECTION = "summary_tallies";
    public static final String PENDING = "summary_tally_pending";
    public static final int BUCKETS = 256;
    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;

    public SummaryTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PENDING).createIndex(new Index().on("consultationId", Sort.Direction.ASC).named("consultation"));
    }

    /** Before writing submission {@code id} at {@code version}: leaves the intent to count it. */
    public void intend(String consultationId, String id, long version) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id + "@" + version)), new Update()
                .set("consultationId", consultationId).set("submissionId", id).set("version", version)
                .set("at", Instant.now()), PENDING);
    }

    /** Brings submission {@code id}'s contribution to its stored version (or to nothing when hidden or gone). */
    public long apply(Consultation consultation, String id) {
        Document submission = mongo.getCollection(SubmissionStore.COLLECTION).find(new Document("_id", id))
                .projection(SubmissionStore.summaryFields().append("version", 1).append("hidden", 1)).first();
        if (submission == null) {
            return 0;
        }
        return apply(consultation, id, ((Number) submission.get("version")).longValue(),
                Boolean.TRUE.equals(submission.getBoolean("hidden")) ? null : SubmissionStore.response(submission));
    }

    /**
     * Brings submission {@code id}'s contribution to {@code version}, which the caller has just stored, with
     * what it says ({@code response}; null when hidden). Never goes back to an older version. Returns the
     * version now counted, and forgets the intent of {@code version}.
     */
    public long apply(Consultation consultation, String id, long version, SummaryCalculator.Response response) {
        String bucket = bucket(consultation.id(), id);
        String field = "applied." + id;
        List<String> keys = response == null ? List.of() : SummaryTally.keys(consultation, response);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", bucket))
                    .projection(new Document(field, 1)).first();
            Document applied = stored == null ? null : (Document) ((Document) stored.getOrDefault("applied",
                    new Document())).get(id);
            long appliedVersion = applied == null ? 0 : ((Number) applied.get("v")).longValue();
            if (appliedVersion >= version) {
                forget(id, version);
                return appliedVersion;
            }
            Map<String, Long> delta = SummaryTally.counts(keys);
            if (applied != null) {
                SummaryTally.split(applied.getString("k")).forEach(k -> delta.merge(k, -1L, Long::sum));
            }
            Update update = new Update().set("consultationId", consultation.id())
                    .set(field, new Document("v", version).append("k", SummaryTally.join(keys)));
            delta.forEach((k, d) -> {
                if (d != 0) {
                    update.inc("c." + k, d);
                }
            });
            Query unchanged = Query.query(Criteria.where("_id").is(bucket).andOperator(applied == null
                    ? Criteria.where(field).exists(false) : Criteria.where(field + ".v").is(appliedVersion)));
            try {
                boolean done = stored == null ? upserted(unchanged, update)
                        : mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() > 0;
                if (done) {
                    forget(id, version);
                    return version;
                }
            } catch (DuplicateKeyException bucketCreatedMeanwhile) {
                // another writer created the bucket first: read again
            }
        }
        throw new IllegalStateException("summary tally of submission " + id + " kept racing; its intent stays");
    }

    /** Applies the consultation's pending intents, then sums its buckets' counters. */
    public Map<String, Long> counters(Consultation consultation) {
        drain(consultation, Instant.now().plusSeconds(1));
        List<String> ids = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            ids.add(consultation.id() + ":" + b);
        }
        Map<String, Long> sum = new HashMap<>();
        // by _id: the one index every store (the dev store too) uses
        for (Document bucket : mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in", ids)))
                .projection(new Document("c", 1))) {
            Document counters = (Document) bucket.get("c");
            if (counters != null) {
                counters.forEach((k, v) -> sum.merge(k, ((Number) v).longValue(), Long::sum));
            }
        }
        return sum;
    }

    /** Applies intents of the consultation left before {@code before}; forgets those of writes that never landed. */
    public int drain(Consultation consultation, Instant before) {
        int applied = 0;
        Instant stale = Instant.now().minus(Duration.ofMinutes(1));
        for (Document intent : mongo.getCollection(PENDING).find(new Document("consultationId", consultation.id()))) {
            Instant at = intent.getDate("at").toInstant();
            if (!at.isBefore(before)) {
                continue;
            }
            long version = ((Number) intent.get("version")).longValue();
            long counted = apply(consultation, intent.getString("submissionId"));
            applied++;
            if (counted >= version || at.isBefore(stale)) {
                // counted, or a write that never landed (refused or lost): the intent has done its work
                mongo.getCollection(PENDING).deleteOne(new Document("_id", intent.get("_id")));
            }
        }
        return applied;
    }

    /** The consultations with intents older than {@code before} (for the sweep). */
    public List<String> consultationsWithIntentsBefore(Instant before) {
        List<String> ids = new ArrayList<>();
        for (Document intent : mongo.getCollection(PENDING).find(new Document("at", new Document("$lt", before)))
                .projection(new Document("consultationId", 1))) {
            if (!ids.contains(intent.getString("consultationId"))) {
                ids.add(intent.getString("consultationId"));
            }
        }
        return ids;
    }

    private boolean upserted(Query query, Update update) {
        mongo.upsert(query, update, COLLECTION);
        return true;
    }

    private void forget(String id, long version) {
        mongo.getCollection(PENDING).deleteOne(new Document("_id", id + "@" + version));
    }

    static String bucket(String consultationId, String submissionId) {
        return consultationId + ":" + Math.floorMod(submissionId.hashCode(), BUCKETS);
    }

    /** For the benchmark and tests: the response a stored submission document contributes. */
    public static SummaryCalculator.Response response(Document submission) {
        return SubmissionStore.response(submission);
    }
}
