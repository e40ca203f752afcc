package org.smenet.registry.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.web.PageQuery;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads and writes enterprises; every write carries its events in the same document update. */
@Component
public class EnterpriseStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final ReferenceData reference;

    public EnterpriseStore(MongoTemplate mongo, AggregateWriter writer, ReferenceData reference) {
        this.mongo = mongo;
        this.writer = writer;
        this.reference = reference;
    }

    public Optional<Enterprise> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnterpriseDocument.class, EnterpriseDocument.COLLECTION))
                .map(EnterpriseDocument::toDomain);
    }

    public void insert(Enterprise enterprise, List<PendingEvent> events) {
        writer.insert(document(enterprise), events, EnterpriseDocument.COLLECTION);
    }

    public void update(Enterprise changed, List<PendingEvent> events) {
        writer.update(changed.id(), changed.version() - 1, document(changed), events, EnterpriseDocument.COLLECTION);
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
        Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        return PageQuery.find(mongo, query, page, EnterpriseDocument.class, EnterpriseDocument.COLLECTION)
                .map(EnterpriseDocument::toDomain);
    }

    public long countInCluster(String clusterId) {
        return mongo.count(Query.query(Criteria.where("clusters").is(clusterId)), EnterpriseDocument.COLLECTION);
    }

    private EnterpriseDocument document(Enterprise enterprise) {
        return EnterpriseDocument.of(enterprise,
                reference.hsIndex(enterprise.profile().hsOffered(), enterprise.profile().hsSought()),
                reference.isicIndex(enterprise.profile().isicCodes()));
    }
}
