package org.smenet.registry;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import java.util.Set;
import org.awaitility.Awaitility;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.app.FocalPointRequest;
import org.smenet.registry.app.FocalPointService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What the registry's integration tests share: MockMvc with security, and reading topics from the start. */
public final class RegistryTestSupport {

    private RegistryTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.smenet.kit.web.CorrelationId.class))
                .apply(springSecurity()).build();
    }

    /**
     * Makes {@code org} a designated focal point of {@code economy} (with every function unless some are
     * named) and waits until the kit's designations know it, as they must before it may act. Repeatable:
     * an organisation already standing is left as it is.
     */
    public static String designated(ApplicationContext context, String economy, String org,
            FocalPointFunction... functions) {
        Authority authority = context.getBean(Authority.class);
        Actor actor = new Actor("test", economy, org, Set.of(Role.FOCAL_POINT));
        FocalPointFunction wanted = functions.length == 0 ? null : functions[0];
        if (authority.isFocalPoint(actor, economy, wanted == null ? FocalPointFunction.VERIFICATION : wanted)) {
            return org;
        }
        Actor admin = new Actor("test", economy, "org-" + economy.toLowerCase() + "-admin", Set.of(Role.ECONOMY_ADMIN));
        context.getBean(FocalPointService.class).designate(admin, new FocalPointRequest(org + " institution",
                FocalPointKind.SME_CENTRE, List.of(functions.length == 0 ? FocalPointFunction.values() : functions),
                org, "https://" + org + ".example", List.of(new FocalPointRequest.ContactPersonRequest("Desk",
                        "Coordinator", "desk@" + org + ".example", "+56 2 0000 0000"))));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> authority.isFocalPoint(actor, economy, wanted));
        return org;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
