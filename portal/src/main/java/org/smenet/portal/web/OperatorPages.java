package org.smenet.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.smenet.portal.backend.Answer;
import org.smenet.portal.backend.ServiceCalls;
import org.smenet.portal.security.Viewer;

/**
 * The operator's view of the node: each service's health as it reports it, and beyond it each service's
 * operator status (kit's {@code GET /api/<service>/operator/status}): outbox backlog, consumer lag per topic,
 * dead letters, the peers it trusts and the last mirrored record from each. What needs the operator is listed
 * first, in words, per service.
 */
@Controller
class OperatorPages {

    static final List<String> PARTS = List.of("gateway", "registry", "matchmaking", "opportunities", "training",
            "consultation");
    /** Services with the kit's operator status (the gateway is not one). */
    static final List<String> SERVICES = PARTS.subList(1, PARTS.size());
    static final long LAG_PROBLEM = 100;
    static final Duration OUTBOX_AGE_PROBLEM = Duration.ofMinutes(1);
    static final Duration MIRROR_SILENCE_PROBLEM = Duration.ofHours(24);
    /** Parked records listed per service (the oldest first); the count says how many wait in all. */
    static final int PARKED_SHOWN = 20;

    /** One problem, as a message key and its arguments. */
    public record Problem(String key, List<Object> args) {
    }

    /**
     * One part of the node: its health, its status and its parked dead-letter records (both null for the gateway)
     * and what needs attention.
     */
    public record Part(String name, Answer health, Answer status, Answer parked, List<Problem> problems) {

        /** The gateway's shared session store as its health reports it: UP, DOWN, or null when not reported. */
        public String sessionStore() {
            return sessionStoreOf(health);
        }

        public boolean up() {
            return health != null && "UP".equals(health.get("status"));
        }

        public boolean reported() {
            return status != null && status.ok();
        }

        public Object pending() {
            return reported() && status.get("outbox") instanceof Map<?, ?> outbox ? outbox.get("pending") : null;
        }

        public long maxLag() {
            return sum("consumers", "lag", true);
        }

        /** Dead letters still waiting (not retried or discarded); {@code records} from a service without the count. */
        public long deadLetters() {
            return sum("deadLetters", "waiting", false);
        }

        private long sum(String list, String field, boolean max) {
            long total = 0;
            if (reported() && status.get("kafka") instanceof Map<?, ?> kafka && kafka.get(list) instanceof List<?> rows) {
                for (Object row : rows) {
                    Object value = row instanceof Map<?, ?> r ? (r.containsKey(field) ? r.get(field) : r.get("records")) : null;
                    if (value instanceof Number n) {
                        total = max ? Math.max(total, n.longValue()) : total + n.longValue();
                    }
                }
            }
            return total;
        }
    }

    private final ServiceCalls services;

    OperatorPages(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/portal/operator/health")
    String health(Model model) {
        Viewer viewer = Viewer.current();
        Map<String, Answer> health = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        if (viewer.isOperator()) {
            Map<String, CompletableFuture<Answer>> asked = new LinkedHashMap<>();
            Map<String, CompletableFuture<Answer>> statuses = new LinkedHashMap<>();
            Map<String, CompletableFuture<Answer>> parked = new LinkedHashMap<>();
            PARTS.forEach(part -> asked.put(part, CompletableFuture.supplyAsync(() -> services.health(part))));
            SERVICES.forEach(service -> statuses.put(service, CompletableFuture.supplyAsync(
                    () -> services.get(service, "/api/" + service + "/operator/status", viewer))));
            SERVICES.forEach(service -> parked.put(service, CompletableFuture.supplyAsync(
                    () -> services.get(service, "/api/" + service + "/operator/parked?size=" + PARKED_SHOWN, viewer))));
            asked.forEach((part, answer) -> health.put(part, answer.join()));
            Instant now = Instant.now();
            for (String part : PARTS) {
                Answer status = statuses.containsKey(part) ? statuses.get(part).join() : null;
                List<Problem> problems = problems(health.get(part), status, now);
                if ("gateway".equals(part) && !"UP".equals(sessionStoreOf(health.get(part)))
                        && sessionStoreOf(health.get(part)) != null) {
                    problems.add(new Problem("ops.problem.sessionStore", List.of()));
                }
                parts.add(new Part(part, health.get(part), status, parked.containsKey(part) ? parked.get(part).join() : null,
                        problems));
            }
        }
        model.addAttribute("health", health);
        model.addAttribute("parts", parts);
        model.addAttribute("problems", parts.stream().mapToInt(p -> p.problems().size()).sum());
        model.addAttribute("lagLimit", LAG_PROBLEM);
        return "health";
    }

    /** The gateway's {@code components.sessionStore.status} ({@code /actuator/health} shows components). */
    static String sessionStoreOf(Answer health) {
        if (health != null && health.get("components") instanceof Map<?, ?> components
                && components.get("sessionStore") instanceof Map<?, ?> store && store.get("status") != null) {
            return String.valueOf(store.get("status"));
        }
        return null;
    }

    /** What needs the operator: down, status unreadable, broker unreachable, lag, old backlog, parked, dead letters. */
    @SuppressWarnings("unchecked")
    static List<Problem> problems(Answer health, Answer status, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (health == null || !"UP".equals(health.get("status"))) {
            problems.add(new Problem("ops.problem.down", List.of()));
        }
        if (status == null) {
            return problems;
        }
        if (!status.ok()) {
            problems.add(new Problem("ops.problem.noStatus", List.of(status.status())));
            return problems;
        }
        if (status.get("outbox") instanceof Map<?, ?> outbox) {
            if (outbox.get("oldestPendingAgeSeconds") instanceof Number age
                    && age.longValue() > OUTBOX_AGE_PROBLEM.toSeconds()) {
                problems.add(new Problem("ops.problem.outboxOld", List.of(outbox.get("pending"), age)));
            }
            if (outbox.get("parked") instanceof Number parked && parked.longValue() > 0) {
                problems.add(new Problem("ops.problem.parked", List.of(parked)));
            }
        }
        if (status.get("kafka") instanceof Map<?, ?> kafka) {
            if (!Boolean.TRUE.equals(kafka.get("reachable"))) {
                problems.add(new Problem("ops.problem.kafka", List.of(String.valueOf(kafka.get("error")))));
            }
            if (kafka.get("consumers") instanceof List<?> consumers) {
                for (Map<String, Object> c : (List<Map<String, Object>>) consumers) {
                    if (c.get("lag") instanceof Number lag && lag.longValue() >= LAG_PROBLEM) {
                        problems.add(new Problem("ops.problem.lag", List.of(c.get("group"), c.get("topic"), lag)));
                    }
                }
            }
            if (kafka.get("deadLetters") instanceof List<?> dead) {
                for (Map<String, Object> d : (List<Map<String, Object>>) dead) {
                    // waiting: not yet retried or discarded (a service without the count: every record)
                    Object count = d.containsKey("waiting") ? d.get("waiting") : d.get("records");
                    if (count instanceof Number records && records.longValue() > 0) {
                        problems.add(new Problem("ops.problem.deadLetters", List.of(d.get("topic"), records)));
                    }
                }
            }
        }
        if (status.get("peers") instanceof List<?> peers) {
            for (Map<String, Object> p : (List<Map<String, Object>>) peers) {
                if (p.get("lastMirroredAt") instanceof String at
                        && Duration.between(Instant.parse(at), now).compareTo(MIRROR_SILENCE_PROBLEM) > 0) {
                    problems.add(new Problem("ops.problem.peerSilent", List.of(p.get("alias"), at)));
                }
                if (p.get("keys") instanceof Number keys && keys.intValue() == 0) {
                    problems.add(new Problem("ops.problem.peerNoKey", List.of(p.get("alias"))));
                }
            }
        }
        return problems;
    }
}
