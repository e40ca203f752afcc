package org.smenet.consultation.store;

import java.time.Instant;
import java.util.Optional;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The network's consultations: every consultation open to the whole network, of this node's economies and
 * of every peer, built only from the public consultation topics (read-only; one upsert per event guarded
 * by the consultation's sequence). A cross-border submission is checked against the questions held here.
 */
@Component
public class NetworkConsultations {

    public static final String COLLECTION = "network_consultations";

    public record Entry(@Id String id, long sequence, String economy, String status, PublicConsultation consultation,
            String origin, Instant seenAt) {
    }

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public NetworkConsultations(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public boolean published(PublicConsultation consultation, long sequence, String origin) {
        return inbox.applyIfNewer(COLLECTION, consultation.consultationId(), sequence, new Update()
                .set("economy", consultation.economy()).set("status", consultation.status().name())
                .set("consultation", consultation).set("origin", origin).set("seenAt", Instant.now()));
    }

    public Optional<Entry> find(String consultationId) {
        return Optional.ofNullable(mongo.findById(consultationId, Entry.class, COLLECTION));
    }

    public Page<Entry> list(String economy, ConsultationStatus status, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status.name()));
        }
        return PageQuery.find(mongo, query, page, Entry.class, COLLECTION);
    }
}
