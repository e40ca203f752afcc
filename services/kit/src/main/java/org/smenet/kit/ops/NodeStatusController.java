package org.smenet.kit.ops;

import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/<service>/operator/status}: this service's outbox backlog, consumer lag, dead letters and
 * peers, for a network operator or an economy admin of an economy this node hosts (the same rule as the parked
 * outbox events). Read-only; reached through the gateway's {@code /api/<service>/**} route like every API.
 */
@RestController
public class NodeStatusController {

    private final NodeStatus status;
    private final HostedEconomies hosted;

    public NodeStatusController(NodeStatus status, HostedEconomies hosted) {
        this.status = status;
        this.hosted = hosted;
    }

    @GetMapping("/api/${spring.application.name}/operator/status")
    public NodeStatus.Report status(Actor actor) {
        OperatorScope.of(actor, hosted, "reads the service's status");
        return status.report();
    }
}
