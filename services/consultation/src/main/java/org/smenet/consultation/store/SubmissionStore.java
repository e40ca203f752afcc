package org.smenet.consultation.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.smenet.consultation.domain.Answer;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.domain.SummaryCalculator;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Submissions, one per organisation and consultation: a unique index on (consultationId, respondentOrg)
 * makes a second one fail in the store itself, whatever replica takes it.
 */
@Component
public class SubmissionStore extends AggregateStore<Submission, Submission> {

    public static final String COLLECTION = "submissions";

    public SubmissionStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Submission.class, s -> s, s -> s);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("consultationId", Sort.Direction.ASC)
                .on("respondentOrg", Sort.Direction.ASC).unique().named("one_per_organisation"));
    }

    public Optional<Submission> byRespondent(String consultationId, String org) {
        return list(Query.query(Criteria.where("consultationId").is(consultationId).and("respondentOrg").is(org)))
                .stream().findFirst();
    }

    /**
     * A page of a consultation's submissions: all of them ({@code everything}), or the public visible
     * ones plus those of {@code ownOrg}.
     */
    public Page<Submission> page(String consultationId, boolean everything, String ownOrg, Pageable page) {
        Query query = Query.query(Criteria.where("consultationId").is(consultationId));
        if (!everything) {
            query.addCriteria(new Criteria().orOperator(
                    Criteria.where("confidential").is(false).and("hidden").is(false),
                    Criteria.where("respondentOrg").is(ownOrg == null ? "" : ownOrg)));
        }
        return page(query, page);
    }

    /**
     * Streams what a summary needs of every visible submission of a consultation: one query, only the
     * fields it counts, read as raw documents (no object mapping).
     */
    public void responses(String consultationId, Consumer<SummaryCalculator.Response> each) {
        Document filter = new Document("consultationId", consultationId).append("hidden", false);
        for (Document d : mongo.getCollection(COLLECTION).find(filter).projection(summaryFields()).batchSize(5_000)) {
            each.accept(response(d));
        }
    }

    /** The fields of a submission document a summary reads (a new projection document each time). */
    public static Document summaryFields() {
        return new Document("respondentEconomy", 1).append("sector", 1).append("size", 1)
                .append("answers", 1).append("comments.section", 1);
    }

    @SuppressWarnings("unchecked")
    public static SummaryCalculator.Response response(Document d) {
        List<Answer> answers = new ArrayList<>();
        for (Document a : (List<Document>) d.getOrDefault("answers", List.of())) {
            answers.add(new Answer(a.getString("questionId"), null, (List<String>) a.get("choices"),
                    a.getInteger("scale")));
        }
        List<Integer> sections = new ArrayList<>();
        for (Document c : (List<Document>) d.getOrDefault("comments", List.of())) {
            sections.add(c.getInteger("section"));
        }
        return new SummaryCalculator.Response(d.getString("respondentEconomy"), d.getString("sector"),
                d.getString("size"), answers, sections);
    }
}
