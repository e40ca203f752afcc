package org.smenet.opportunities.store;

import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.opportunities.domain.ReceivedInterestRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Decisions on other economies' interest requests; a rejection carries its answer in the document's outbox. */
@Component
public class ReceivedInterestRequests extends AggregateStore<ReceivedInterestRequest, ReceivedInterestRequest> {

    public static final String COLLECTION = "received_interest_requests";

    public ReceivedInterestRequests(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, ReceivedInterestRequest.class, r -> r, r -> r);
    }
}
