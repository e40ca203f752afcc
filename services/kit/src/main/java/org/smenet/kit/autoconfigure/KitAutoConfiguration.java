package org.smenet.kit.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.authority.Designations;
import org.smenet.kit.authority.DesignationsListener;
import org.smenet.kit.errors.ProblemHandler;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.events.KafkaWiring;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.node.HostedEconomyInterceptor;
import org.smenet.kit.node.NodeProperties;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.registry.EnterpriseProjection;
import org.smenet.kit.registry.HostedEnterprises;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.ResourceServerSecurity;
import org.smenet.kit.web.CorrelationId;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service gets by depending on the kit alone: the outbox and its relay, the inbox, the Kafka
 * wiring with dead letters, problem responses, the resource-server security with the {@link Actor}
 * argument, the node's hosted economies and origin rule, the focal-point designations and their check,
 * the enterprise read model's listener (when the service declares an {@code EnterpriseProjection}),
 * reference data and correlation ids. Every bean backs off when the service declares its own. Runs
 * before Boot's security auto-configuration so that its filter chain is the service's.
 */
@AutoConfiguration(beforeName = {
        // its ProblemHandler must exist before Boot decides whether to add its own exception handler
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties(NodeProperties.class)
@Import({KafkaWiring.class, ResourceServerSecurity.class})
public class KitAutoConfiguration implements WebMvcConfigurer {

    static {
        // the Actor comes from the token, never from the request: not a parameter of any operation
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final org.springframework.beans.factory.ObjectProvider<HostedEconomies> hosted;

    public KitAutoConfiguration(org.springframework.beans.factory.ObjectProvider<HostedEconomies> hosted) {
        this.hosted = hosted;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Every service's API description: named after the service, every call needs a bearer token. */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("SME Cluster Network — " + service).version("v1")
                        .description("Errors are RFC 9457 problem details (application/problem+json). The acting "
                                + "economy, organisation and roles come from the access token only. Updates need "
                                + "If-Match with the ETag of the version read."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    @ConditionalOnMissingBean
    ReferenceData referenceData() {
        return new ReferenceData();
    }

    @Bean
    @ConditionalOnMissingBean
    AggregateWriter aggregateWriter(MongoTemplate mongo) {
        return new AggregateWriter(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    EventRecorder eventRecorder(JsonMapper json, Clock clock, @Value("${spring.application.name}") String service) {
        return new EventRecorder(json, clock, service);
    }

    @Bean
    @ConditionalOnMissingBean
    Inbox inbox(MongoTemplate mongo) {
        return new Inbox(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    HostedEconomies hostedEconomies(NodeProperties properties, ReferenceData reference) {
        return new HostedEconomies(properties, reference);
    }

    @Bean
    @ConditionalOnMissingBean
    EventOrigins eventOrigins(HostedEconomies hosted, org.smenet.kit.federation.PeerTrust trust, MeterRegistry meters) {
        return new EventOrigins(hosted, trust, meters);
    }

    /** The peers this node trusts and their public keys (re-read from the peers file when it changes). */
    @Bean
    @ConditionalOnMissingBean
    org.smenet.kit.federation.PeerTrust peerTrust(NodeProperties properties, JsonMapper json) {
        return new org.smenet.kit.federation.PeerTrust(properties, json);
    }

    /** This node's Ed25519 keys for its public events. */
    @Bean
    @ConditionalOnMissingBean
    org.smenet.kit.federation.NodeKeys nodeKeys(NodeProperties properties, JsonMapper json) {
        return org.smenet.kit.federation.NodeKeys.load(java.nio.file.Path.of(properties.keyFile()),
                properties.economies(), json);
    }

    /** The node's public keys at {@code /.well-known/smenet/jwks.json}. */
    @Bean
    @ConditionalOnMissingBean
    org.smenet.kit.federation.NodeKeysController nodeKeysController(org.smenet.kit.federation.NodeKeys keys) {
        return new org.smenet.kit.federation.NodeKeysController(keys);
    }

    @Bean
    @ConditionalOnMissingBean
    Designations designations(MongoTemplate mongo, Inbox inbox) {
        return new Designations(mongo, inbox);
    }

    @Bean
    @ConditionalOnMissingBean
    DesignationsListener designationsListener(Designations designations, EventRecorder recorder,
            EventOrigins origins) {
        return new DesignationsListener(designations, recorder, origins);
    }

    /** The service's enterprise read model, kept from the registry's enterprise topic when it declares one. */
    @Bean
    @ConditionalOnBean(EnterpriseProjection.class)
    @ConditionalOnMissingBean
    HostedEnterprises hostedEnterprises(EnterpriseProjection projection, Inbox inbox, EventRecorder recorder,
            EventOrigins origins) {
        return new HostedEnterprises(projection, inbox, recorder, origins);
    }

    @Bean
    @ConditionalOnMissingBean
    Authority authority(Designations designations) {
        return new Authority(designations);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    /** The operator's view of parked outbox events: {@code /api/<service>/operator/outbox/parked}. */
    @Bean
    @ConditionalOnMissingBean
    org.smenet.kit.outbox.ParkedOutboxController parkedOutboxController(org.smenet.kit.outbox.ParkedOutbox parked,
            HostedEconomies hosted) {
        return new org.smenet.kit.outbox.ParkedOutboxController(parked, hosted);
    }

    @Bean
    @ConditionalOnMissingBean(org.springframework.boot.webmvc.error.ErrorController.class)
    org.smenet.kit.errors.ProblemErrorController problemErrorController() {
        return new org.smenet.kit.errors.ProblemErrorController();
    }

    @Bean
    @ConditionalOnMissingBean
    org.springframework.security.web.firewall.RequestRejectedHandler rejectedRequestProblem(JsonMapper json) {
        return new org.smenet.kit.errors.RejectedRequestProblem(json);
    }

    @Bean
    @ConditionalOnMissingBean
    CorrelationId correlationIdFilter() {
        return new CorrelationId();
    }

    /** First of all filters, so that even a 401 from security carries the correlation id. */
    @Bean
    FilterRegistrationBean<CorrelationId> correlationIdRegistration(CorrelationId filter) {
        FilterRegistrationBean<CorrelationId> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HostedEconomyInterceptor(hosted.getObject())).addPathPatterns("/api/**");
    }
}
