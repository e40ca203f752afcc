package org.smenet.training.store;

import java.util.List;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.training.domain.Certificate;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
public class CertificateStore extends AggregateStore<Certificate, Certificate> {

    public static final String COLLECTION = "certificates";
    public static final String COUNTERS = "status_list_counters";

    public CertificateStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Certificate.class, c -> c, c -> c);
    }

    public List<Certificate> ofEnterprise(String enterpriseId) {
        return list(Query.query(Criteria.where("enterpriseId").is(enterpriseId)));
    }

    /** The revoked entries of one status list: the bits to set. */
    public List<Long> revokedIndexes(String statusList) {
        Query query = Query.query(Criteria.where("statusList").is(statusList).and("revoked").is(true));
        query.fields().include("statusIndex");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(d -> ((Number) d.get("statusIndex")).longValue()).toList();
    }

    /** The next free position over all status lists: one atomic increment, never handed out twice. */
    public long nextStatusPosition() {
        org.bson.Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("revocation")),
                new Update().inc("next", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                org.bson.Document.class, COUNTERS);
        return ((Number) counter.get("next")).longValue() - 1;
    }
}
