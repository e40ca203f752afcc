package org.smenet.training;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.FocalPointRevoked;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;
import org.smenet.kit.authority.Designations;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.training.app.CourseRequest;
import org.smenet.training.app.CourseService;
import org.smenet.training.app.SessionRequest;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What the training integration tests share: MockMvc, designations, enterprises, fixtures, topic reading. */
public final class TrainingTestSupport {

    private TrainingTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.smenet.kit.web.CorrelationId.class))
                .apply(springSecurity()).build();
    }

    /** Makes {@code org} a designated focal point of {@code economy} as the kit's listener would. */
    public static String designated(ApplicationContext context, String economy, String org,
            FocalPointFunction... functions) {
        context.getBean(Designations.class).designated(new FocalPointDesignated("fp-" + org, economy, org + " institution",
                FocalPointKind.SME_CENTRE, List.of(functions.length == 0 ? FocalPointFunction.values() : functions),
                org, null, Instant.now()), 1);
        return org;
    }

    public static void revoked(ApplicationContext context, String economy, String org) {
        context.getBean(Designations.class).revoked(new FocalPointRevoked("fp-" + org, economy, "test", Instant.now()), 2);
    }

    /** An enterprise the registry registered, as the enterprise listener records it. */
    public static String enterprise(ApplicationContext context, String economy, String ownerOrg, EnterpriseProfile profile) {
        String id = unique("ent");
        // straight through the kit's listener logic (subject check, sequence-guarded upsert), without the broker
        var data = new org.smenet.contracts.registry.EnterpriseRegistered(id, economy, null, ownerOrg, profile,
                Instant.now());
        var event = new org.smenet.contracts.EventEnvelope(UUID.randomUUID().toString(),
                org.smenet.contracts.EventEnvelope.sourceOf(economy, "registry"),
                org.smenet.contracts.registry.RegistryEvents.ENTERPRISE_REGISTERED.type(), id, Instant.now(),
                org.smenet.contracts.registry.RegistryEvents.ENTERPRISE_REGISTERED.dataschema(), economy, 1,
                context.getBean(tools.jackson.databind.json.JsonMapper.class).writeValueAsBytes(data));
        context.getBean(org.smenet.kit.registry.HostedEnterprises.class).apply(event);
        return id;
    }

    public static EnterpriseProfile profile(List<String> isic, List<String> hsOffered, List<String> targets,
            List<String> certifications) {
        return new EnterpriseProfile("Test Foods SpA", SizeClass.SMALL, 2015, isic, hsOffered, List.of(), List.of(),
                List.of(), targets, certifications, List.of("es"), null, true);
    }

    public static Actor provider(String economy, String org) {
        return new Actor("t", economy, org, Set.of(Role.FOCAL_POINT));
    }

    public static Course course(ApplicationContext context, Actor provider, String title, CourseTopic topic,
            List<String> hs, String certification, String validity) {
        return context.getBean(CourseService.class).publish(provider, new CourseRequest(title, "About " + title, topic,
                CourseLevel.INTRODUCTORY, "es", Delivery.HYBRID, "Santiago", hs, List.of(), List.of(), certification,
                validity, true));
    }

    public static Session session(ApplicationContext context, Actor provider, String courseId, int capacity,
            boolean waitlist) {
        Instant now = Instant.now();
        return context.getBean(SessionService.class).schedule(provider, courseId, new SessionRequest(
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(20)), capacity,
                waitlist, null));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return org.smenet.testsupport.TopicRecords.header(record, name);
    }

    /** Reads {@code topic} from the beginning until {@code wanted} records match, or fails after 60 s (first group joins on a busy machine). */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int wanted) {
        return org.smenet.testsupport.TopicRecords.awaitRecords(bootstrap, topic, match, wanted);
    }
}
