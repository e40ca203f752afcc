package org.smenet.matchmaking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.matchmaking.MatchmakingTestSupport.profile;
import static org.smenet.matchmaking.MatchmakingTestSupport.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchReason;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.matchmaking.OpportunitySuggested;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.MatchmakingTestSupport.Registry;
import org.smenet.matchmaking.app.OpportunityIndex;
import org.smenet.matchmaking.app.OpportunitySuggestions;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.smenet.testsupport.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An enterprise's change re-ranks the published opportunities it now fits: a firm that starts offering what a
 * listed request seeks is suggested for it (once, however often its event arrives), without the request
 * changing; a small edit publishes nothing; a suspended firm is never newly suggested; a closed opportunity is
 * left alone. Each test uses HS codes no other test uses, so an opportunity's suggestions are exactly its own.
 */
@MatchmakingIntegration
class EnterpriseChangeOpportunitiesTest {

    @Autowired
    JsonMapper json;
    @Autowired
    OpportunityStore opportunities;
    @Autowired
    ProfileStore profiles;
    @Autowired
    OpportunityIndex opportunityIndex;
    @Autowired
    PartnerIndex partnerIndex;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    Registry registry;

    @BeforeEach
    void setUp() {
        registry = new Registry(bootstrap, json);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    /** A Chilean firm of ISIC 1079 offering {@code offers}, supplying, targeting Chile. */
    static EnterpriseProfile firm(String name, List<String> offers) {
        return profile(name, List.of("1079"), offers, List.of(), List.of(CooperationType.SUPPLY), List.of(),
                List.of("CL"));
    }

    @Test
    void anEnterpriseThatNewlyFitsAListedOpportunityIsSuggestedForItOnceAndASmallEditPublishesNothing() {
        String opportunity = listed("opp-cl-pepper", "090411");
        assertThat(opportunities.find(opportunity).orElseThrow().suggestedOrNone()).isEmpty();

        // a Chilean firm that made furniture, and then also offers pepper: the same profile event delivered twice
        String cl = unique("cl-pepper");
        registry.registeredAndVerified(cl, "CL", unique("org-cl"), firm("Valle Muebles SpA", List.of("940360")));
        var addsPepper = hostedUpdate(cl, 3, firm("Valle Muebles SpA", List.of("940360", "090411")));
        registry.send(addsPepper);
        registry.send(addsPepper);
        // a Vietnamese firm's public profile, mirrored, that offers pepper too
        String vn = unique("vn-pepper");
        registry.send(registry.peerPublished(vn, "VN", 1, firm("Phu Quoc Pepper JSC", List.of("090411"))));
        // a title-only edit: its standing for the request is as it was
        registry.send(hostedUpdate(cl, 4, firm("Valle Muebles y Especias SpA", List.of("940360", "090411"))));
        // and one more, so that the edit before it (same partition) was fully handled when this one is applied
        registry.send(hostedUpdate(cl, 5, firm("Valle Especias SpA", List.of("940360", "090411"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> profiles.find(cl).map(p -> p.sequence() == 5)
                .orElse(false) && stored(opportunity).suggestedOrNone().size() == 2 && outboxEmpty(opportunity));

        var all = everything(r -> new String(r.value()).contains(opportunity));
        assertThat(all).extracting(r -> TopicRecords.header(r, "ce_subject"))
                .containsExactlyInAnyOrder(OpportunitySuggestions.idOf(opportunity, cl),
                        OpportunitySuggestions.idOf(opportunity, vn));
        assertThat(all).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsOnly(MatchmakingEvents.OPPORTUNITY_SUGGESTED.type());
        // the listing wrote version 1 of its suggestions; each re-ranking one more
        assertThat(all).extracting(r -> TopicRecords.header(r, "ce_sequence")).containsExactlyInAnyOrder("2", "3");
        OpportunitySuggested toCl = suggestion(all, cl);
        assertThat(toCl.suggestionId()).isEqualTo(OpportunitySuggestions.idOf(opportunity, cl));
        assertThat(toCl.opportunityId()).isEqualTo(opportunity);
        assertThat(toCl.economy()).isEqualTo("CL");
        assertThat(toCl.enterpriseEconomy()).isEqualTo("CL");
        assertThat(toCl.opportunityKind()).isEqualTo("BUY_REQUEST");
        assertThat(toCl.score()).isGreaterThanOrEqualTo(20);
        assertThat(toCl.reasons()).extracting(MatchReason::kind, MatchReason::yours, MatchReason::theirs)
                .contains(Tuple.tuple("HS_SUBHEADING", "090411", "090411"),
                        Tuple.tuple("COOPERATION", "SUPPLY", "SUPPLY"),
                        Tuple.tuple("TARGET_MARKET", "CL", "CL"));
        assertThat(suggestion(all, vn).enterpriseEconomy()).isEqualTo("VN");

        // stored on the opportunity with the scores published
        OpportunityDocument doc = stored(opportunity);
        assertThat(doc.suggestedOrNone()).containsExactlyInAnyOrder(
                new OpportunityDocument.Suggested(cl, toCl.score()),
                new OpportunityDocument.Suggested(vn, suggestion(all, vn).score()));
        assertThat(doc.sequence()).isEqualTo(1); // the opportunity itself did not change
        assertThat(doc.suggestionSequence()).isEqualTo(3);

        // the opportunity's own small edit ranks against what the re-rankings stored: nothing published again
        opportunityEvent(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, 2,
                new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST, details("090411", "Pepper, 6 t"),
                        PublisherKind.ENTERPRISE, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stored(opportunity).sequence() == 2
                && outboxEmpty(opportunity));
        assertThat(stored(opportunity).suggestedOrNone()).containsExactlyInAnyOrderElementsOf(doc.suggestedOrNone());
        assertThat(stored(opportunity).suggestionSequence()).isEqualTo(4);
        assertThat(everything(r -> new String(r.value()).contains(opportunity))).hasSize(2);
    }

    @Test
    void aSuspendedEnterpriseIsNotNewlySuggested() {
        String opportunity = listed("opp-cl-cinnamon", "090611");
        String cl = unique("cl-cinnamon");
        registry.registeredAndVerified(cl, "CL", unique("org-cl"), firm("Sur Maderas SpA", List.of("440710")));
        registry.send(registry.event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_SUSPENDED, cl, "CL", 3,
                new EnterpriseStatusChanged(cl, "CL", "SUSPENDED", "org-fp", null, Instant.now())));
        // suspended, it starts offering cinnamon: not suggested
        registry.send(hostedUpdate(cl, 4, firm("Sur Maderas SpA", List.of("440710", "090611"))));
        registry.send(hostedUpdate(cl, 5, firm("Sur Maderas y Canela SpA", List.of("440710", "090611"))));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(cl).map(p -> p.sequence() == 5).orElse(false));

        assertThat(partnerIndex.contains(cl)).isFalse();
        OpportunityDocument doc = stored(opportunity);
        assertThat(doc.suggestedOrNone()).isEmpty();
        assertThat(doc.suggestionSequence()).isEqualTo(1);
        assertThat(everything(r -> new String(r.value()).contains(opportunity))).isEmpty();
    }

    @Test
    void aClosedOpportunityIsNotTouchedWhileAListedOneIsReRanked() {
        String closed = listed("opp-cl-ginger-closed", "091011");
        opportunityEvent(OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED, closed, 2,
                new PublicOpportunityWithdrawn(closed, "CL", OpportunityStatus.CLOSED, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "CLOSED".equals(stored(closed).status()) && !opportunityIndex.contains(closed));
        String open = listed("opp-cl-ginger", "091011");

        String cl = unique("cl-ginger");
        registry.registeredAndVerified(cl, "CL", unique("org-cl"), firm("Quillota Kion SpA", List.of("091011")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> profiles.find(cl).map(p -> p.sequence() == 2)
                .orElse(false) && stored(open).suggestedOrNone().size() == 1 && outboxEmpty(open));

        assertThat(everything(r -> new String(r.value()).contains(open)))
                .extracting(r -> TopicRecords.header(r, "ce_subject"))
                .containsExactly(OpportunitySuggestions.idOf(open, cl));
        OpportunityDocument doc = stored(closed);
        assertThat(doc.sequence()).isEqualTo(2);
        assertThat(doc.suggestedOrNone()).isEmpty();
        assertThat(doc.suggestionSequence()).isEqualTo(1);
        assertThat(everything(r -> new String(r.value()).contains(closed))).isEmpty();
    }

    @Test
    void enterprisesArrivingWhileTheOpportunityChangesAreEachSuggestedExactlyOnce() {
        String opportunity = listed("opp-cl-vanilla", "090510");
        List<String> firms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = unique(i % 3 == 0 ? "vn-vanilla" : "cl-vanilla");
            firms.add(id);
            if (id.startsWith("vn")) {
                registry.send(registry.peerPublished(id, "VN", 1, firm("Vanilla JSC " + i, List.of("090510"))));
            } else {
                registry.registeredAndVerified(id, "CL", unique("org-cl"), firm("Vainilla SpA " + i, List.of("090510")));
            }
            if (i % 2 == 1) { // the opportunity's own edits interleave with the firms' events
                opportunityEvent(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, 2 + i / 2,
                        new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST,
                                details("090510", "Vanilla, lot " + i), PublisherKind.ENTERPRISE, Instant.now()));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> stored(opportunity).sequence() == 7
                && stored(opportunity).suggestedOrNone().size() == firms.size() && outboxEmpty(opportunity));

        var all = everything(r -> new String(r.value()).contains(opportunity));
        assertThat(all).extracting(r -> TopicRecords.header(r, "ce_subject")).containsExactlyInAnyOrderElementsOf(
                firms.stream().map(f -> OpportunitySuggestions.idOf(opportunity, f)).toList());
        assertThat(stored(opportunity).suggestedOrNone()).extracting(OpportunityDocument.Suggested::enterpriseId)
                .containsExactlyInAnyOrderElementsOf(firms);
    }

    /** A buy request of Chile for {@code hs}, listed and in the opportunity index. */
    private String listed(String prefix, String hs) {
        String id = unique(prefix);
        opportunityEvent(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, id, 1,
                new PublicOpportunity(id, "CL", OpportunityKind.BUY_REQUEST, details(hs, "Spice, 5 t"),
                        PublisherKind.ENTERPRISE, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> opportunities.find(id).isPresent()
                && opportunityIndex.sequenceOf(id).isPresent());
        return id;
    }

    private static OpportunityDetails details(String hs, String title) {
        return new OpportunityDetails(title, "Whole, dried", List.of(hs), List.of(), List.of(), null, null, null, null,
                null, List.of("en"), true);
    }

    private <T> void opportunityEvent(EventType<T> type, String subject, long sequence, T data) {
        registry.send(new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf("CL", "opportunities"),
                type.type(), subject, Instant.now(), type.dataschema(), "CL", sequence, json.writeValueAsBytes(data))
                .toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> hostedUpdate(String id, long sequence,
            EnterpriseProfile profile) {
        return registry.event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL",
                sequence, new EnterpriseProfileUpdated(id, "CL", profile, Instant.now()));
    }

    private OpportunityDocument stored(String id) {
        return opportunities.find(id).orElseThrow();
    }

    private boolean outboxEmpty(String id) {
        Document doc = mongo.getCollection(OpportunityDocument.COLLECTION).find(new Document("_id", id)).first();
        return doc != null && (doc.get("outbox") == null || ((List<?>) doc.get("outbox", List.class)).isEmpty());
    }

    private OpportunitySuggested suggestion(List<ConsumerRecord<String, byte[]>> records, String enterprise) {
        return records.stream().map(r -> json.readValue(r.value(), OpportunitySuggested.class))
                .filter(s -> s.enterpriseId().equals(enterprise)).findFirst().orElseThrow();
    }

    /** Every record of the match topic up to its end now that match. */
    private List<ConsumerRecord<String, byte[]>> everything(Predicate<ConsumerRecord<String, byte[]>> match) {
        return TopicRecords.everything(bootstrap, MatchmakingEvents.MATCH_TOPIC, match);
    }
}
