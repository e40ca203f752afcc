package org.smenet.registry.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Enterprises; every write carries its events in the same document update. */
@Component
public class EnterpriseStore extends AggregateStore<Enterprise, EnterpriseDocument> {

    public EnterpriseStore(MongoTemplate mongo, AggregateWriter writer, ReferenceData reference) {
        super(mongo, writer, EnterpriseDocument.COLLECTION, EnterpriseDocument.class,
                e -> EnterpriseDocument.of(e, reference.hsIndex(e.profile().hsOffered(), e.profile().hsSought()),
                        reference.isicIndex(e.profile().isicCodes())),
                EnterpriseDocument::toDomain);
    }

    public Page<Enterprise> search(EnterpriseFilter filter, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        if (filter.economy() != null) {
            all.add(Criteria.where("economy").is(filter.economy()));
        }
        if (filter.isic() != null) {
            all.add(Criteria.where("isicIndex").is(filter.isic()));
        }
        if (filter.hs() != null) {
            all.add(Criteria.where("hsIndex").is(filter.hs()));
        }
        if (filter.cooperation() != null) {
            all.add(new Criteria().orOperator(
                    Criteria.where("profile.cooperationOffered").is(filter.cooperation().name()),
                    Criteria.where("profile.cooperationSought").is(filter.cooperation().name())));
        }
        if (filter.cluster() != null) {
            all.add(Criteria.where("clusters").is(filter.cluster()));
        }
        if (filter.verified() != null) {
            all.add(filter.verified()
                    ? Criteria.where("status").is(EnterpriseStatus.VERIFIED.name())
                    : Criteria.where("status").ne(EnterpriseStatus.VERIFIED.name()));
        }
        if (filter.nameContains() != null) {
            all.add(Criteria.where("legalNameLower")
                    .regex(Pattern.quote(filter.nameContains().toLowerCase(java.util.Locale.ROOT))));
        }
        if (filter.onlyNetworkPublic()) {
            all.add(Criteria.where("networkPublic").is(true));
        }
        return page(all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all)), page);
    }

    /** The enterprises an organisation registered in an economy (its own), oldest first. */
    public Page<Enterprise> ownedBy(String economy, String ownerOrg, Pageable page) {
        return page(Query.query(Criteria.where("economy").is(economy).and("ownerOrg").is(ownerOrg)), page);
    }

    public boolean exists(String economy, String registrationNumber, String ownerOrg) {
        return mongo.exists(Query.query(Criteria.where("economy").is(economy).and("registrationNumber")
                .is(registrationNumber).and("ownerOrg").is(ownerOrg)), EnterpriseDocument.COLLECTION);
    }

    /** Members of each of the given clusters, counted in one aggregation. */
    public Map<String, Long> countMembers(List<String> clusterIds) {
        Map<String, Long> counts = new HashMap<>();
        clusterIds.forEach(id -> counts.put(id, 0L));
        if (clusterIds.isEmpty()) {
            return counts;
        }
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("clusters").in(clusterIds)),
                Aggregation.unwind("clusters"),
                Aggregation.match(Criteria.where("clusters").in(clusterIds)),
                Aggregation.group("clusters").count().as("members"));
        for (Document row : mongo.aggregate(aggregation, EnterpriseDocument.COLLECTION, Document.class)) {
            counts.put(row.getString("_id"), ((Number) row.get("members")).longValue());
        }
        return counts;
    }
}
