package org.smenet.kit.ops;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/<service>/operator/parked}: the records waiting in this service's dead-letter topics, and retrying
 * or discarding one. The same callers as the operator status: a network operator of this node sees and handles
 * every record; an economy admin of a hosted economy only the records of its economy ({@code ce_economy}; records
 * of no readable economy are the operator's), others' are not found. A record is addressed by its dead-letter
 * topic, partition and offset, as listed.
 */
@RestController
@RequestMapping("/api/${spring.application.name}/operator/parked")
public class ParkedRecordsController {

    static final String TOPIC = "[A-Za-z0-9._-]{1,249}";

    private final ParkedRecords parked;
    private final HostedEconomies hosted;

    public ParkedRecordsController(ParkedRecords parked, HostedEconomies hosted) {
        this.parked = parked;
        this.hosted = hosted;
    }

    @GetMapping
    public PageView<ParkedRecord> list(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return parked.list(scope(actor), page, size);
    }

    /** Re-publishes the record to its original topic (same key, value and CloudEvent headers). */
    @PostMapping("/{topic}/{partition}/{offset}/retry")
    public ParkedRecords.Handled retry(Actor actor, @PathVariable @Pattern(regexp = TOPIC) String topic,
            @PathVariable @Min(0) int partition, @PathVariable @Min(0) long offset) {
        return parked.retry(topic, partition, offset, actor, scope(actor));
    }

    /** Marks the record handled: it stays in the topic but no longer waits. */
    @PostMapping("/{topic}/{partition}/{offset}/discard")
    public ParkedRecords.Handled discard(Actor actor, @PathVariable @Pattern(regexp = TOPIC) String topic,
            @PathVariable @Min(0) int partition, @PathVariable @Min(0) long offset) {
        return parked.discard(topic, partition, offset, actor, scope(actor));
    }

    /** null: every economy (network operator of this node); else the admin's own, hosted economy. */
    private String scope(Actor actor) {
        return OperatorScope.of(actor, hosted, "handles parked records");
    }
}
