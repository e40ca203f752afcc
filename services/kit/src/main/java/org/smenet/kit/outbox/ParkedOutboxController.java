package org.smenet.kit.outbox;

import java.util.List;
import jakarta.validation.constraints.Pattern;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.ops.OperatorScope;
import org.smenet.kit.web.Patterns;
import org.smenet.kit.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator view of the events the outbox relay parked. Network operators see all; an economy admin sees
 * and handles only events of its own economy (others' are not found, as everywhere in the network).
 */
@RestController
@RequestMapping("/api/${spring.application.name}/operator/outbox/parked")
public class ParkedOutboxController {

    private final ParkedOutbox parked;
    private final HostedEconomies hosted;

    public ParkedOutboxController(ParkedOutbox parked, HostedEconomies hosted) {
        this.parked = parked;
        this.hosted = hosted;
    }

    @GetMapping
    public List<ParkedEvent> list(Actor actor, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw RuleViolation.invalid("limit", "limit must be between 1 and 1000");
        }
        return parked.list(scope(actor), limit);
    }

    /** Puts the event back at the front of its aggregate's outbox; the relay publishes it next. */
    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ParkedEvent retry(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        ParkedEvent event = visible(actor, id);
        if (!parked.retry(id)) {
            throw RuleViolation.notFound("Parked event", id);
        }
        return event;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void discard(Actor actor, @PathVariable @Pattern(regexp = Patterns.ID) String id) {
        visible(actor, id);
        if (!parked.discard(id)) {
            throw RuleViolation.notFound("Parked event", id);
        }
    }

    private ParkedEvent visible(Actor actor, String id) {
        String economy = scope(actor);
        return parked.find(id).filter(event -> economy == null || economy.equals(event.economy()))
                .orElseThrow(() -> RuleViolation.notFound("Parked event", id));
    }

    /** null: every economy (network operator of this node); else the admin's own, hosted economy. */
    private String scope(Actor actor) {
        return OperatorScope.of(actor, hosted, "handles parked outbox events");
    }
}
