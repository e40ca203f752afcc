package org.smenet.registry.app;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.Cluster;
import org.smenet.registry.domain.FocalPoint;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.events.RegistryOutbox;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseStore;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Clusters: formed by a focal point or the administrator of a hosted economy; members live on enterprises. */
@Service
public class ClusterService {

    /** A cluster with its number of members. */
    public record ClusterWithMembers(Cluster cluster, long members) {
    }

    private final ClusterStore clusters;
    private final FocalPointStore focalPoints;
    private final EnterpriseStore enterprises;
    private final RegistryOutbox outbox;
    private final RegistryAccess access;
    private final HostedEconomies hosted;
    private final ReferenceData reference;
    private final Clock clock;

    public ClusterService(ClusterStore clusters, FocalPointStore focalPoints, EnterpriseStore enterprises,
            RegistryOutbox outbox, RegistryAccess access, HostedEconomies hosted, ReferenceData reference,
            Clock clock) {
        this.clusters = clusters;
        this.focalPoints = focalPoints;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.access = access;
        this.hosted = hosted;
        this.reference = reference;
        this.clock = clock;
    }

    public Cluster form(Actor actor, ClusterRequest request) {
        return form(actor, UUID.randomUUID().toString(), request);
    }

    public Cluster form(Actor actor, String id, ClusterRequest request) {
        hosted.requireHosted(actor);
        if (!access.canFormClusters(actor)) {
            throw RuleViolation.forbidden("Only a designated focal point or the economy administrator forms clusters");
        }
        if (!reference.isIsicCode(request.sectorIsic())) {
            throw RuleViolation.invalid("sectorIsic", request.sectorIsic() + " is not an ISIC Rev.4 code");
        }
        FocalPoint coordinator = focalPoints.find(request.coordinatorFocalPointId())
                .filter(f -> f.active() && f.economy().equals(actor.economy()))
                .orElseThrow(() -> RuleViolation.invalid("coordinatorFocalPointId",
                        "no active focal point " + request.coordinatorFocalPointId() + " in " + actor.economy()));
        Cluster cluster = new Cluster(id, 1, actor.economy(), request.name().strip(),
                request.sectorIsic(), request.region(), coordinator.id(), request.description(), clock.instant());
        clusters.insert(cluster, outbox.formed(cluster));
        return cluster;
    }

    public Cluster cluster(String id) {
        return clusters.find(id).orElseThrow(() -> RuleViolation.notFound("Cluster", id));
    }

    public ClusterWithMembers withMembers(String id) {
        Cluster cluster = cluster(id);
        return new ClusterWithMembers(cluster, enterprises.countMembers(java.util.List.of(id)).get(id));
    }

    /** One page of clusters, their members counted in one query. */
    public Page<ClusterWithMembers> list(String economy, Pageable page) {
        Page<Cluster> found = clusters.list(economy, page);
        Map<String, Long> members = enterprises.countMembers(found.getContent().stream().map(Cluster::id).toList());
        return found.map(c -> new ClusterWithMembers(c, members.getOrDefault(c.id(), 0L)));
    }

    public boolean exists(String id) {
        return clusters.find(id).isPresent();
    }
}
