package org.smenet.gateway.session;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Sessions in the document store ({@code smenet.gateway.sessions.store=mongo}, the default). With {@code memory},
 * Spring Boot's in-process store is used instead ({@code server.reactive.session.timeout}).
 * <p>
 * Only the browser paths ever ask for a session: the API chain is stateless, and a request without a
 * {@code SESSION} cookie costs no lookup either (a new session is made in memory and stored only if used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "smenet.gateway.sessions.store", havingValue = "mongo", matchIfMissing = true)
class SessionStoreConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient gatewaySessionsClient(SessionProperties properties) {
        ConnectionString uri = new ConnectionString(properties.mongodbUri());
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri)
                .applicationName("smenet-gateway");
        if (uri.getServerSelectionTimeout() == null) {
            // a store that cannot be reached fails a browser request in seconds, not after the driver's 30 s
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS));
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoWebSessionStore gatewaySessionStore(MongoClient gatewaySessionsClient, SessionProperties properties) {
        return new MongoWebSessionStore(gatewaySessionsClient.getDatabase(properties.database())
                .getCollection(properties.collection(), Document.class),
                properties.idleTimeout(), properties.sweepInterval());
    }

    /** {@code /actuator/health} component {@code sessionStore} (group {@code sessions}; not liveness or readiness). */
    @Bean
    SessionStoreHealth sessionStoreHealthIndicator(MongoClient gatewaySessionsClient, SessionProperties properties) {
        return new SessionStoreHealth(gatewaySessionsClient.getDatabase(properties.database())
                .getCollection(properties.collection(), Document.class), java.time.Duration.ofSeconds(2));
    }

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(MongoWebSessionStore gatewaySessionStore,
                                        ObjectProvider<WebSessionIdResolver> sessionIdResolver) {
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(gatewaySessionStore);
        sessionIdResolver.ifAvailable(manager::setSessionIdResolver);
        return manager;
    }
}
