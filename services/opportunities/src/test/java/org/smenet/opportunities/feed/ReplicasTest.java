package org.smenet.opportunities.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.published;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.kit.events.OutboxLease;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.delivery.SubscriptionIndex;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.domain.SubscriptionFilters;
import org.smenet.opportunities.events.FeedAppender;
import org.smenet.opportunities.store.FeedEntry;
import org.smenet.opportunities.store.FeedLog;
import org.smenet.opportunities.store.SubscriptionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What several replicas of the service share through the store: one feed appender at a time (a lease), and
 * each other's subscription changes within seconds. The "other replica" is played by a second lease owner and
 * a second subscription store on the same database.
 */
@OpportunitiesIntegration
class ReplicasTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FeedAppender appender;
    @Autowired
    FeedLog feed;
    @Autowired
    SubscriptionIndex index;

    @Test
    void onlyTheLeaseHolderAppendsToTheFeedAndNothingIsLostWhenTheLeaseChangesHands() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(appender::appending);
        var otherReplica = new OutboxLease(mongo, FeedAppender.LEASE_NAME, Duration.ofSeconds(60));
        try {
            // this replica's lease lapses (as after a long pause) and another replica takes it
            mongo.updateFirst(Query.query(Criteria.where("_id").is(FeedAppender.LEASE_NAME)),
                    new Update().set("expiresAt", new Date(0)), "outbox_lease");
            assertThat(otherReplica.holdFor(Duration.ofSeconds(10))).isTrue();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !appender.appending());

            // published meanwhile: this replica does not append it (the holder would)
            String id = published(context, unique("org-cl-sme"), "BUY_REQUEST", unique("Lease"), "090111", true);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> feedHas(id) == 0);

            // the holder lets go: this replica takes over and appends what waited, once
            otherReplica.release();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(appender::appending);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> feedHas(id) == 1);
        } finally {
            otherReplica.release();
        }
    }

    long feedHas(String subject) {
        return mongo.count(Query.query(Criteria.where("subject").is(subject)), FeedLog.COLLECTION);
    }

    @Test
    void aSubscriptionStoredByAnotherReplicaIsMatchedWithinSeconds() {
        var otherReplica = new SubscriptionStore(mongo);
        String chapter = "27";
        var subscription = new Subscription(UUID.randomUUID().toString(), 1, "CL", unique("org-cl-agency"),
                new SubscriptionFilters(List.of(OpportunityKind.TENDER), List.of(chapter), List.of(), List.of(),
                        List.of(), List.of()), Subscription.Channel.FEED, null, List.of(), true, Instant.now());
        var entry = new FeedEntry(0, "e", "t", "/smenet/CL/opportunities", "s", Instant.now(), null, "CL", 1, "{}",
                OpportunityKind.TENDER, "Fuel oil", "Fuel oil supply", List.of(), List.of(chapter, "2710"), List.of());

        otherReplica.insert(subscription);

        // well within the 30 s full rebuild: the change counter is polled every second
        Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> index.matching(entry).stream()
                .anyMatch(s -> s.id().equals(subscription.id())));

        otherReplica.update(subscription.cancel());
        Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> index.matching(entry).stream()
                .noneMatch(s -> s.id().equals(subscription.id())));
    }
}
