package org.smenet.gateway.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The fast path's route table, built from the gateway's real {@code application.yml}. */
class FastPathRoutesTest {

    private static FastPathRoutes routes() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        List<RouteDefinition> definitions = Binder.get(environment)
                .bind("spring.cloud.gateway.server.webflux.routes",
                        org.springframework.boot.context.properties.bind.Bindable.listOf(RouteDefinition.class))
                .get();
        return FastPathRoutes.of(definitions);
    }

    @Test
    void takesTheServiceRoutesAndNothingElse() throws Exception {
        FastPathRoutes routes = routes();
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/registry/enterprises/e-1", "registry"),
                Map.entry("/api/registry", "registry"),
                Map.entry("/api/registry/", "registry"),
                Map.entry("/api/matchmaking/matches", "matchmaking"),
                Map.entry("/api/opportunities/o-1", "opportunities"),
                Map.entry("/api/training/courses", "training"),
                Map.entry("/api/consultation/c-1/answers", "consultation"));
        expected.forEach((path, id) -> assertThat(routes.match(path)).as(path).isNotNull()
                .extracting(FastPathRoutes.Route::id).isEqualTo(id));
        for (String slow : List.of("/api/opportunities/stream", "/api/opportunities/subscriptions/s-1/stream",
                "/api/opportunities/subscriptions/", "/v3/api-docs/registry", "/.well-known/smenet/jwks.json",
                "/portal/x", "/", "/actuator/health", "/api/registryx", "/api/unknown/x", "/fallback/registry")) {
            assertThat(routes.match(slow)).as(slow).isNull();
        }
        assertThat(routes.match("/api/registry/x").uri()).isEqualTo("http://127.0.0.1:8081");
        assertThat(routes.match("/api/registry/x").circuitBreaker()).isEqualTo("registry");
    }

    @Test
    void takesOnlyTargetsTheFirewallPassesUnchanged() {
        assertThat(FastPath.plainPathEnd("/api/registry/e-1?economy=TH&q=a%20b")).isEqualTo(17);
        assertThat(FastPath.plainPathEnd("/api/registry/e-1")).isEqualTo(17);
        for (String refused : List.of("/api/registry/a%2Fb", "/api/registry//x", "/api/registry/./x",
                "/api/registry/../x", "/api/registry/..", "/api/registry/x;jsessionid=1", "/api/registry/a\\b",
                "/api/registry/x?q=%zz", "/api/registry/x?q=<", "/other", "http://host/api/registry")) {
            assertThat(FastPath.plainPathEnd(refused)).as(refused).isEqualTo(-1);
        }
    }
}
