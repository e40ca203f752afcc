package org.smenet.consultation.store;

import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.Consultation;
import org.smenet.contracts.consultation.ConsultationStatus;
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

@Component
public class ConsultationStore extends AggregateStore<Consultation, Consultation> {

    public static final String COLLECTION = "consultations";

    public ConsultationStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Consultation.class, c -> c, c -> c);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("closesAt", Sort.Direction.ASC).named("status_closesAt"));
    }

    /**
     * The consultations an actor may see: drafts of {@code draftsOf} (the economy whose focal point asks,
     * or null), and every non-draft either network-wide or of the actor's economy.
     */
    public Page<Consultation> visible(String actorEconomy, String draftsOf, ConsultationStatus status,
            String economy, Pageable page) {
        Criteria published = new Criteria().andOperator(Criteria.where("status").ne(ConsultationStatus.DRAFT.name()),
                new Criteria().orOperator(Criteria.where("audience").is("NETWORK"),
                        Criteria.where("economy").is(actorEconomy)));
        Criteria visible = draftsOf == null ? published
                : new Criteria().orOperator(published, Criteria.where("economy").is(draftsOf)
                        .and("status").is(ConsultationStatus.DRAFT.name()));
        Query query = Query.query(visible);
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status.name()));
        }
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        query.fields().exclude("frozenSummary").exclude("outbox");
        return page(query, page);
    }

    /** Open consultations whose closing date has come (a bounded batch). */
    public List<Consultation> dueToClose(Instant now, int limit) {
        return list(Query.query(Criteria.where("status").is(ConsultationStatus.OPEN.name()).and("closesAt").lte(now))
                .limit(limit));
    }
}
