package org.smenet.opportunities;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.FocalPointRevoked;
import org.smenet.kit.authority.Designations;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What the integration tests share: MockMvc with security, designations, request bodies, topic reading. */
public final class OpportunitiesTestSupport {

    private OpportunitiesTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.smenet.kit.web.CorrelationId.class))
                .apply(springSecurity()).build();
    }

    /**
     * Makes {@code org} a designated focal point of {@code economy} (every function unless some are named),
     * as the kit's listener does on the registry's event.
     */
    public static String designated(ApplicationContext context, String economy, String org,
            FocalPointFunction... functions) {
        context.getBean(Designations.class).designated(new FocalPointDesignated("fp-" + org, economy, org + " desk",
                FocalPointKind.SME_CENTRE, List.of(functions.length == 0 ? FocalPointFunction.values() : functions),
                org, null, Instant.now()), 1);
        return org;
    }

    public static void revoked(ApplicationContext context, String economy, String org) {
        designated(context, economy, org);
        context.getBean(Designations.class).revoked(new FocalPointRevoked("fp-" + org, economy, "test", Instant.now()), 2);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    }

    /** A valid opportunity body; {@code title} is unique enough to find it again. */
    public static String opportunityJson(String kind, String title, boolean networkVisible) {
        return opportunityJson(kind, title, "090111", "1079", Instant.now().plus(Duration.ofDays(90)), networkVisible);
    }

    public static String opportunityJson(String kind, String title, String hs, String isic, Instant deadline,
            boolean networkVisible) {
        return """
                {"kind":"%s","title":"%s","description":"Washed arabica, screen 16+, three-year supply.",
                 "hsCodes":["%s"],"isicCodes":["%s"],"targetEconomies":["VN","PE"],"cooperationType":"SUPPLY",
                 "valueMin":100000,"valueMax":300000,"currency":"USD","deadline":"%s","languages":["es","en"],
                 "networkVisible":%s,
                 "contact":{"name":"Ana Rojas","email":"ana@cafe.cl.example","phone":"+56 2 1234 5678"}}"""
                .formatted(kind, title, hs, isic, deadline, networkVisible);
    }

    /** Drafts, submits and publishes an opportunity of {@code org} (CL) through the use cases; returns its id. */
    public static String published(ApplicationContext context, String publisherOrg, String kind, String title, String hs,
            boolean networkVisible) {
        var service = context.getBean(org.smenet.opportunities.app.OpportunityService.class);
        String fp = designated(context, "CL", "org-cl-fp-support", FocalPointFunction.TRADE_DEVELOPMENT);
        var sme = new org.smenet.kit.security.Actor("t", "CL", publisherOrg, java.util.Set.of(org.smenet.kit.security.Role.SME));
        var focal = new org.smenet.kit.security.Actor("t", "CL", fp,
                java.util.Set.of(org.smenet.kit.security.Role.FOCAL_POINT));
        var request = new org.smenet.opportunities.app.OpportunityRequest(
                org.smenet.contracts.opportunities.OpportunityKind.valueOf(kind), title, "Description of " + title,
                List.of(hs), List.of("1079"), List.of("VN"), null, null, null, null,
                Instant.now().plus(Duration.ofDays(90)), List.of("en"), networkVisible,
                new org.smenet.opportunities.app.OpportunityRequest.ContactRequest("Ana", "ana@x.example", null));
        String id = service.draft(sme, request).id();
        service.submit(sme, id);
        service.publish(focal, id);
        return id;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return org.smenet.testsupport.TopicRecords.header(record, name);
    }

    /** Reads {@code topic} from the beginning until {@code wanted} records match, or fails after 30 s. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int wanted) {
        return org.smenet.testsupport.TopicRecords.awaitRecords(bootstrap, topic, match, wanted);
    }
}
